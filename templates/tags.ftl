<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${m.t("tags.title")}</h1>
<ul class="tag-list">
<#list tags as t>
  <li><a href="${t.href}">${t.name}</a> <span class="count">(${t.count})</span></li>
</#list>
</ul>
</@frame.page>
