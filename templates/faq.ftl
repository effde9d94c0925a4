<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>Frequently asked questions</h1>
<@frame.statusNotice/>
<nav class="faq-index" aria-labelledby="faq-index-title">
  <h2 id="faq-index-title">Questions</h2>
  <#list topics as topic>
  <h3 class="faq-index-topic">${topic.name}</h3>
  <ul>
  <#list topic.entries as e>
    <li><a href="#${e.slug}">${e.question}</a></li>
  </#list>
  </ul>
  </#list>
</nav>
<#list topics as topic>
<section class="faq-topic" aria-labelledby="${topic.id}">
  <h2 id="${topic.id}">${topic.name}</h2>
  <#if topic.href?has_content><p class="more"><a href="${topic.href}">Articles about ${topic.name}</a></p></#if>
  <#list topic.entries as e>
  <details class="faq-entry">
    <summary><h3 class="faq-question" id="q-${e.slug}">${e.question}</h3></summary>
    <div class="answer" id="${e.slug}" data-body>
    <#if e.unavailable?has_content><p class="notice" role="note">This answer discusses ${e.unavailable?join(", ")}, which is not available in ${layout.site.regionName}.</p></#if>
${e.answerHtml?no_esc}
    </div>
    <#if e.related?has_content>
    <p class="faq-related">Read more: <#list e.related as r><a href="${r.href}">${r.title}</a><#sep>; </#list></p>
    </#if>
  </details>
  </#list>
</section>
</#list>
</@frame.page>
