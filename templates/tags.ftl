<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${m.t("tags.title")}</h1>
<ul class="tag-list">
<#list tags as t>
  <li><a href="${t.href}"<#if t.lang?has_content> lang="${t.lang}" dir="auto"</#if>>${t.name}</a> <span class="count">(${t.count})</span></li>
</#list>
</ul>
</@frame.page>
