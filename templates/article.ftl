<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<#assign a = .data_model>
<#-- a page shown in the source language marks its words with that language; the interface around them stays the edition's -->
<#assign foreign><#if layout.translation.contentLang?has_content> lang="${layout.translation.contentLang}" dir="auto"</#if></#assign>
<article class="article">
  <header class="article-header">
    <h1${foreign}>${a.title}</h1>
    <p class="summary"${foreign}>${a.summary}</p>
    <p class="meta">
      <@m.slot "article.published" "date"><time datetime="${a.date}">${a.dateDisplay}</time></@m.slot><#if a.audience?has_content> · ${m.t("article.for_" + a.audience)}</#if>
    </p>
    <#if a.reviewed?has_content>
    <p class="reviewed"><#if a.reviewer?has_content><@m.slot "article.reviewed_by" "date" {"reviewer": a.reviewer}><time datetime="${a.reviewed}">${a.reviewedDisplay}</time></@m.slot><#else><@m.slot "article.reviewed" "date"><time datetime="${a.reviewed}">${a.reviewedDisplay}</time></@m.slot></#if></p>
    </#if>
    <#if a.nextReview?has_content>
    <p class="next-review" data-next-review="${a.nextReview}"><@m.slot "article.next_review" "date"><time datetime="${a.nextReview}">${a.nextReviewDisplay}</time></@m.slot></p>
    </#if>
  </header>
  <@frame.statusNotice/>
  <#if a.toc?has_content>
  <nav class="toc" aria-labelledby="toc-title">
    <details>
      <summary id="toc-title">${m.t("article.toc")}</summary>
      <ul${foreign}>
      <#list a.toc as h>
        <li class="toc-level-${h.level}"><a href="#${h.id}">${h.title}</a></li>
      </#list>
      </ul>
    </details>
  </nav>
  </#if>
  <div class="body"${foreign} data-body>
${a.bodyHtml?no_esc}
  </div>
  <#if a.tags?has_content>
  <p class="tags">${m.t("article.topics")} <#list a.tags as t><a href="${t.href}" rel="tag"<#if t.lang?has_content> lang="${t.lang}" dir="auto"</#if>>${t.name}</a><#sep>${m.t("list.separator")}</#list></p>
  </#if>
  <#if a.related?has_content>
  <section class="related" aria-labelledby="related-title">
    <h2 id="related-title">${m.t("article.related")}</h2>
    <ul>
    <#list a.related as r>
      <li><a href="${r.href}"<#if r.lang?has_content> lang="${r.lang}" dir="auto"</#if>>${r.title}</a><#if r.kind == "faq"> <span class="kind">${m.t("article.faq_kind")}</span></#if></li>
    </#list>
    </ul>
  </section>
  </#if>
  <#if a.backlinks?has_content>
  <section class="backlinks" aria-labelledby="backlinks-title">
    <h2 id="backlinks-title">${m.t("article.backlinks")}</h2>
    <ul>
    <#list a.backlinks as r>
      <li><a href="${r.href}"<#if r.lang?has_content> lang="${r.lang}" dir="auto"</#if>>${r.title}</a><#if r.kind == "faq"> <span class="kind">${m.t("article.faq_kind")}</span></#if></li>
    </#list>
    </ul>
  </section>
  </#if>
</article>
</@frame.page>
