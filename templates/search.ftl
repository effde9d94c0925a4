<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${m.t("search.title")}</h1>
<form id="search-form" class="search-form" role="search" aria-label="${m.t("search.title")}" action="./" method="get">
  <label for="search-input">${m.t("search.label", {"region": layout.site.regionName})}</label>
  <input id="search-input" type="search" name="q" autocomplete="off">
  <button type="submit">${m.t("search.button")}</button>
</form>
<noscript>
<div id="search-no-script" class="notice">
  <p>${m.t("search.no_script")}</p>
  <ul>
    <li><a href="${layout.site.root}">${m.t("search.browse_articles")}</a></li>
    <li><a href="${layout.site.root}faq/">${m.t("search.browse_faq")}</a></li>
    <li><a href="${layout.site.root}glossary/">${m.t("search.browse_glossary")}</a></li>
  </ul>
</div>
</noscript>
<div class="search-area">
<p id="search-status" class="search-status" role="status" aria-live="polite" data-no-results="${m.t("search.no_results")}" data-results="${m.t("search.results")}" data-failed="${m.t("search.failed")}" data-type-article="${m.t("search.type_article")}" data-type-faq="${m.t("search.type_faq")}" data-type-glossary="${m.t("search.type_glossary")}" data-type-page="${m.t("search.type_page")}"></p>
<ol id="search-results" class="search-results"></ol>
<p><button id="search-more" class="search-more" type="button" hidden>${m.t("search.more")}</button></p>
</div>
<script src="${layout.site.assets}js/search.js" defer></script>
</@frame.page>
