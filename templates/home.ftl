<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>${layout.site.title}</h1>
<p class="lead">Plain-language articles about interventional pain management, reviewed for the ${layout.site.regionName} edition. See also the <a href="faq/">${faqCount} frequently asked questions</a> and the <a href="glossary/">glossary</a>.</p>
<#list groups as group>
<section class="topic-group" aria-labelledby="group-${group?index}">
  <h2 id="group-${group?index}"><#if group.href?has_content><a href="${group.href}">${group.name?cap_first}</a><#else>${group.name?cap_first}</#if></h2>
  <ul class="cards">
  <#list group.articles as a>
    <li class="card"><a href="${a.href}">${a.title}</a><p>${a.summary}</p></li>
  </#list>
  </ul>
  <#if group.total gt group.articles?size><p class="more"><a href="${group.href}">All ${group.total?c} articles about ${group.name}</a></p></#if>
</section>
</#list>
</@frame.page>
