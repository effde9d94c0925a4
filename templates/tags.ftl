<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>Topics</h1>
<ul class="tag-list">
<#list tags as t>
  <li><a href="${t.href}">${t.name}</a> <span class="count">(${t.count?c})</span></li>
</#list>
</ul>
</@frame.page>
