<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${m.t("glossary.title")}</h1>
<nav class="letter-index" aria-label="${m.t("glossary.letters_label")}">
  <ul>
  <#list letterIndex as l>
    <li><#if l.href?has_content><a href="${l.href}">${l.letter}</a><#else><span aria-disabled="true">${l.letter}</span></#if></li>
  </#list>
  </ul>
</nav>
<#list letters as letter>
<section class="glossary-letter" aria-labelledby="${letter.id}">
  <h2 id="${letter.id}">${letter.letter}</h2>
  <dl>
  <#list letter.entries as e>
    <div class="glossary-entry" id="${e.slug}"<#if e.lang?has_content> lang="${e.lang}" dir="auto"</#if>>
      <dt><dfn>${e.term}</dfn><#if e.abbreviation?has_content> <abbr>(${e.abbreviation})</abbr></#if></dt>
      <dd>
        <#if e.translationNotice?has_content><p class="notice translation-notice" role="note" lang="${layout.site.lang}" dir="${layout.site.dir}">${e.translationNotice}<#if e.sourceHref?has_content> <a href="${e.sourceHref}" hreflang="${e.sourceLang}">${e.sourceLinkText}</a></#if></p></#if>
        <#if e.aliases?has_content><p class="aliases"><span lang="${layout.site.lang}" dir="${layout.site.dir}">${m.t("glossary.also_called")}</span> ${e.aliases?join(m.t("list.separator"))}</p></#if>
        <div class="definition">${e.definitionHtml?no_esc}</div>
        <#if e.seeAlso?has_content><p class="see-also" lang="${layout.site.lang}" dir="${layout.site.dir}">${m.t("glossary.see_also")} <#list e.seeAlso as s><a href="${s.href}"<#if s.lang?has_content> lang="${s.lang}" dir="auto"</#if>>${s.title}</a><#sep>${m.t("list.separator")}</#list></p></#if>
        <#if e.usedIn?has_content>
        <div class="used-in" lang="${layout.site.lang}" dir="${layout.site.dir}">${m.t("glossary.used_in")}
          <#list e.usedIn as use><#if use?index == 10><details><summary>${m.t("glossary.more_pages", {"count": e.usedIn?size - 10})}</summary></#if><a href="${use.href}"<#if use.lang?has_content> lang="${use.lang}" dir="auto"</#if>>${use.title}</a><#sep>${m.t("list.separator")}</#sep><#if !use?has_next && use?index gte 10></details></#if></#list>
        </div>
        </#if>
      </dd>
    </div>
  </#list>
  </dl>
</section>
</#list>
</@frame.page>
