<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1<#if nameLang?has_content> lang="${nameLang}" dir="auto"</#if>>${name}</h1>
<#if articles?has_content>
<h2 id="topic-articles">${m.t("frame.nav_articles")}</h2>
<ul class="cards">
<#list articles as a>
  <li class="card"<#if a.lang?has_content> lang="${a.lang}" dir="auto"</#if>><h3 class="card-title"><a href="${a.href}">${a.title}</a></h3><p>${a.summary}</p></li>
</#list>
</ul>
</#if>
<#if questions?has_content>
<h2 id="topic-questions">${m.t("topic.questions")}</h2>
<ul class="questions">
<#list questions as q>
  <li><a href="${q.href}"<#if q.lang?has_content> lang="${q.lang}" dir="auto"</#if>>${q.title}</a></li>
</#list>
</ul>
</#if>
</@frame.page>
