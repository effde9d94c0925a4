<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${layout.site.title}</h1>
<p class="lead">${m.t("home.lead", {"region": layout.site.regionName})}</p>
<ul class="home-links">
  <li><a href="faq/">${m.t("home.faq_link", {"count": faqCount})}</a></li>
  <li><a href="glossary/">${m.t("home.glossary_link")}</a></li>
</ul>
<#list groups as group>
<section class="topic-group" aria-labelledby="group-${group?index}">
  <h2 id="group-${group?index}"><#if group.href?has_content><a href="${group.href}">${group.name?cap_first}</a><#else>${m.t("home.other")}</#if></h2>
  <ul class="cards">
  <#list group.articles as a>
    <li class="card"<#if a.lang?has_content> lang="${a.lang}" dir="auto"</#if>><a href="${a.href}">${a.title}</a><p>${a.summary}</p></li>
  </#list>
  </ul>
  <#if group.total gt group.articles?size><p class="more"><a href="${group.href}">${m.t("home.more", {"topic": group.name, "count": group.total})}</a></p></#if>
</section>
</#list>
</@frame.page>
