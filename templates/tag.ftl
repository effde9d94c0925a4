<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page>
<h1>Topic: ${content.tag.name}</h1>
<ul class="cards">
<#list content.tag.articles as a>
  <li class="card"><a href="${a.href}">${a.title}</a><p>${a.summary}</p></li>
</#list>
</ul>
</@layout.page>
