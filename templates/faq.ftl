<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${m.t("faq.title")}</h1>
<@frame.statusNotice/>
<nav class="faq-index" aria-labelledby="faq-index-title">
  <h2 id="faq-index-title">${m.t("topic.questions")}</h2>
  <#list topics as topic>
  <h3 class="faq-index-topic"<#if topic.lang?has_content> lang="${topic.lang}" dir="auto"</#if>>${topic.name}</h3>
  <ul>
  <#list topic.entries as e>
    <li><a href="#${e.slug}"<#if e.lang?has_content> lang="${e.lang}" dir="auto"</#if>>${e.question}</a></li>
  </#list>
  </ul>
  </#list>
</nav>
<#list topics as topic>
<section class="faq-topic" aria-labelledby="${topic.id}">
  <h2 id="${topic.id}"<#if topic.lang?has_content> lang="${topic.lang}" dir="auto"</#if>>${topic.name}</h2>
  <#if topic.href?has_content><p class="more"><a href="${topic.href}"><@m.slot "faq.topic_articles" "topic"><@frame.word topic.name topic.lang/></@m.slot></a></p></#if>
  <#list topic.entries as e>
  <details class="faq-entry"<#if e.lang?has_content> lang="${e.lang}" dir="auto"</#if>>
    <summary><h3 class="faq-question" id="q-${e.slug}">${e.question}</h3></summary>
    <div class="answer" id="${e.slug}" data-body>
    <#if e.translationNotice?has_content><p class="notice translation-notice" role="note" lang="${layout.site.lang}" dir="${layout.site.dir}">${e.translationNotice}<#if e.sourceHref?has_content> <a href="${e.sourceHref}" hreflang="${e.sourceLang}">${e.sourceLinkText}</a></#if></p></#if>
    <#if e.unavailable?has_content><p class="notice" role="note" lang="${layout.site.lang}" dir="${layout.site.dir}">${m.t("faq.unavailable", {"products": e.unavailable?join(m.t("list.separator")), "region": layout.site.regionName})}</p></#if>
${e.answerHtml?no_esc}
    </div>
    <#if e.related?has_content>
    <p class="faq-related" lang="${layout.site.lang}" dir="${layout.site.dir}">${m.t("faq.read_more")} <#list e.related as r><a href="${r.href}"<#if r.lang?has_content> lang="${r.lang}" dir="auto"</#if>>${r.title}</a><#sep>${m.t("list.separator")}</#list></p>
    </#if>
  </details>
  </#list>
</section>
</#list>
</@frame.page>
