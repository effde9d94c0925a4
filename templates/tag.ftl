<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>Topic: ${name}</h1>
<ul class="cards">
<#list articles as a>
  <li class="card"><a href="${a.href}">${a.title}</a><p>${a.summary}</p></li>
</#list>
</ul>
</@frame.page>
