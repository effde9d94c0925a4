<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<#macro card a>
    <li class="card"<#if a.lang?has_content> lang="${a.lang}" dir="auto"</#if>><h3 class="card-title"><a href="${a.href}">${a.title}</a></h3><#if a.summary?has_content><p>${a.summary}</p></#if></li>
</#macro>
<@frame.page>
<h1><@frame.word layout.site.title layout.site.titleLang/></h1>
<p class="lead">${m.t("home.lead", {"region": layout.site.regionName})}</p>
<ul class="home-links">
  <li><a href="faq/">${m.t("home.faq_link", {"count": faqCount})}</a></li>
  <li><a href="glossary/">${m.t("home.glossary_link")}</a></li>
</ul>
<#if featured?has_content>
<section class="start-here" aria-labelledby="start-here">
  <h2 id="start-here">${m.t("home.start_here")}</h2>
  <ol class="cards">
  <#list featured as a><@card a/></#list>
  </ol>
</section>
</#if>
<#list groups as group>
<section class="topic-group" aria-labelledby="${group.id}">
  <h2 id="${group.id}"<#if group.lang?has_content> lang="${group.lang}" dir="auto"</#if>>${group.name}</h2>
  <#if group.articles?has_content>
  <ul class="cards">
  <#list group.articles as a><@card a/></#list>
  </ul>
  </#if>
  <#if group.questions?has_content>
  <h3 class="questions-title">${m.t("topic.questions")}</h3>
  <ul class="questions">
  <#list group.questions as q>
    <li><a href="${q.href}"<#if q.lang?has_content> lang="${q.lang}" dir="auto"</#if>>${q.title}</a></li>
  </#list>
  </ul>
  </#if>
  <#if group.href?has_content && group.total gt group.articles?size + group.questions?size><p class="more"><a href="${group.href}"><@m.slot "topic.more" "topic" {"count": group.total}><@frame.word group.name group.lang/></@m.slot></a></p></#if>
</section>
</#list>
</@frame.page>
