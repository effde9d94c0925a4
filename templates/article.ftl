<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<#assign a = .data_model>
<article class="article">
  <header class="article-header">
    <h1>${a.title}</h1>
    <p class="summary">${a.summary}</p>
    <p class="meta">
      Published <time datetime="${a.date}">${a.dateDisplay}</time><#if a.audience?has_content> · For ${a.audience}s</#if><#if a.reviewed?has_content><span class="reviewed"> · Medically reviewed<#if a.reviewer?has_content> by ${a.reviewer}</#if> on <time datetime="${a.reviewed}">${a.reviewedDisplay}</time>.</span></#if>
    </p>
  </header>
  <@frame.statusNotice/>
  <#if a.toc?has_content>
  <nav class="toc" aria-labelledby="toc-title">
    <details>
      <summary id="toc-title">On this page</summary>
      <ul>
      <#list a.toc as h>
        <li class="toc-level-${h.level}"><a href="#${h.id}">${h.title}</a></li>
      </#list>
      </ul>
    </details>
  </nav>
  </#if>
  <div class="body" data-body>
${a.bodyHtml?no_esc}
  </div>
  <#if a.tags?has_content>
  <p class="tags">Topics: <#list a.tags as t><a href="${t.href}" rel="tag">${t.name}</a><#sep>, </#list></p>
  </#if>
  <#if a.related?has_content>
  <section class="related" aria-labelledby="related-title">
    <h2 id="related-title">Related reading</h2>
    <ul>
    <#list a.related as r>
      <li><a href="${r.href}">${r.title}</a><#if r.kind == "faq"> <span class="kind">(FAQ)</span></#if></li>
    </#list>
    </ul>
  </section>
  </#if>
  <#if a.backlinks?has_content>
  <section class="backlinks" aria-labelledby="backlinks-title">
    <h2 id="backlinks-title">Pages that mention this one</h2>
    <ul>
    <#list a.backlinks as r>
      <li><a href="${r.href}">${r.title}</a><#if r.kind == "faq"> <span class="kind">(FAQ)</span></#if></li>
    </#list>
    </ul>
  </section>
  </#if>
</article>
</@frame.page>
