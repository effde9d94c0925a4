<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#macro card a heading="h3">
    <li class="card"><${heading} class="card-title"><a href="${a.href}">${a.title}</a></${heading}><#if a.summary?has_content><p>${a.summary}</p></#if></li>
</#macro>
<@frame.page>
<h1>${layout.site.title}</h1>
<p class="lead">Plain-language articles about interventional pain management, reviewed for the ${layout.site.regionName} edition. See also the <a href="faq/">${faqCount} frequently asked questions</a> and the <a href="glossary/">glossary</a>.</p>
<#if featured?has_content>
<section class="start-here" aria-labelledby="start-here">
  <h2 id="start-here">Start here</h2>
  <ol class="cards">
  <#list featured as a><@card a/></#list>
  </ol>
</section>
</#if>
<#list groups as group>
<section class="topic-group" aria-labelledby="${group.id}">
  <h2 id="${group.id}">${group.name}</h2>
  <#if group.articles?has_content>
  <ul class="cards">
  <#list group.articles as a><@card a/></#list>
  </ul>
  </#if>
  <#if group.questions?has_content>
  <h3 class="questions-title">Questions</h3>
  <ul class="questions">
  <#list group.questions as q>
    <li><a href="${q.href}">${q.title}</a></li>
  </#list>
  </ul>
  </#if>
  <#if group.href?has_content && group.total gt group.articles?size + group.questions?size><p class="more"><a href="${group.href}">All ${group.total?c} pages about ${group.name}</a></p></#if>
</section>
</#list>
</@frame.page>
