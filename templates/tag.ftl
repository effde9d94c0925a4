<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${m.t("tag.title", {"topic": name})}</h1>
<ul class="cards">
<#list articles as a>
  <li class="card"<#if a.lang?has_content> lang="${a.lang}" dir="auto"</#if>><a href="${a.href}">${a.title}</a><p>${a.summary}</p></li>
</#list>
</ul>
</@frame.page>
