<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page>
<h1>Topics</h1>
<ul class="tag-list">
<#list content.tags as t>
  <li><a href="${t.href}">${t.name}</a> <span class="count">(${t.count?c})</span></li>
</#list>
</ul>
</@layout.page>
