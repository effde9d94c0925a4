<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>${name}</h1>
<#if articles?has_content>
<h2 id="topic-articles">Articles</h2>
<ul class="cards">
<#list articles as a>
  <li class="card"><h3 class="card-title"><a href="${a.href}">${a.title}</a></h3><p>${a.summary}</p></li>
</#list>
</ul>
</#if>
<#if questions?has_content>
<h2 id="topic-questions">Questions</h2>
<ul class="questions">
<#list questions as q>
  <li><a href="${q.href}">${q.title}</a></li>
</#list>
</ul>
</#if>
</@frame.page>
