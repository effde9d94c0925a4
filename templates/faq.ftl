<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>Frequently asked questions</h1>
<nav class="faq-topics" aria-label="FAQ topics">
  <ul>
  <#list topics as topic>
    <li><a href="#${topic.id}">${topic.name}</a></li>
  </#list>
  </ul>
</nav>
<#list topics as topic>
<section class="faq-topic" aria-labelledby="${topic.id}">
  <h2 id="${topic.id}">${topic.name}</h2>
  <#list topic.entries as e>
  <article class="faq-entry" id="${e.slug}" aria-labelledby="q-${e.slug}">
    <h3 id="q-${e.slug}">${e.question}</h3>
    <#if e.notice?has_content><p class="notice" role="note">This answer discusses ${e.notice?join(", ")}, which is not available in ${layout.site.regionName}.</p></#if>
    <div class="answer">
${e.answerHtml?no_esc}
    </div>
    <#if e.related?has_content>
    <p class="faq-related">Read more: <#list e.related as r><a href="${r.href}">${r.title}</a><#sep>; </#list></p>
    </#if>
  </article>
  </#list>
</section>
</#list>
</@frame.page>
