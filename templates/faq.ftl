<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${m.t("faq.title")}</h1>
<nav class="faq-topics" aria-label="${m.t("faq.topics_label")}">
  <ul>
  <#list topics as topic>
    <li><a href="#${topic.id}"<#if topic.lang?has_content> lang="${topic.lang}" dir="auto"</#if>>${topic.name}</a></li>
  </#list>
  </ul>
</nav>
<#list topics as topic>
<section class="faq-topic" aria-labelledby="${topic.id}">
  <h2 id="${topic.id}"<#if topic.lang?has_content> lang="${topic.lang}" dir="auto"</#if>>${topic.name}</h2>
  <#list topic.entries as e>
  <article class="faq-entry" id="${e.slug}" aria-labelledby="q-${e.slug}"<#if e.lang?has_content> lang="${e.lang}" dir="auto"</#if>>
    <h3 id="q-${e.slug}">${e.question}</h3>
    <#if e.translationNotice?has_content><p class="notice translation-notice" role="note" lang="${layout.site.lang}" dir="${layout.site.dir}">${e.translationNotice}<#if e.sourceHref?has_content> <a href="${e.sourceHref}" hreflang="${e.sourceLang}">${e.sourceLinkText}</a></#if></p></#if>
    <#if e.unavailable?has_content><p class="notice" role="note" lang="${layout.site.lang}" dir="${layout.site.dir}">${m.t("faq.unavailable", {"products": e.unavailable?join(m.t("list.separator")), "region": layout.site.regionName})}</p></#if>
    <div class="answer">
${e.answerHtml?no_esc}
    </div>
    <#if e.related?has_content>
    <p class="faq-related" lang="${layout.site.lang}" dir="${layout.site.dir}">${m.t("faq.read_more")} <#list e.related as r><a href="${r.href}"<#if r.lang?has_content> lang="${r.lang}" dir="auto"</#if>>${r.title}</a><#sep>${m.t("list.separator")}</#list></p>
    </#if>
  </article>
  </#list>
</section>
</#list>
</@frame.page>
