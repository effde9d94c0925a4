<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>Search</h1>
<form id="search-form" class="search-form" role="search" aria-label="Search this edition" action="./" method="get">
  <label for="search-input">Search articles, questions, the glossary and every page of the ${layout.site.regionName} edition</label>
  <input id="search-input" type="search" name="q" autocomplete="off">
  <button type="submit">Search</button>
</form>
<noscript><p id="search-no-script" class="notice">Search runs in your browser and needs JavaScript. Without it, every page is still one or two links away: browse the <a href="${layout.site.root}">articles by topic</a>, the <a href="${layout.site.root}faq/">frequently asked questions</a> or the <a href="${layout.site.root}glossary/">glossary</a>.</p></noscript>
<div class="search-area">
<p id="search-status" class="search-status" role="status" aria-live="polite" data-none="No results for “{query}”." data-one="1 result for “{query}”." data-many="{count} results for “{query}”." data-failed="Search is not available right now: the index could not be loaded." data-type-article="Article" data-type-faq="FAQ" data-type-glossary="Glossary" data-type-page="Page"></p>
<ol id="search-results" class="search-results"></ol>
<p><button id="search-more" class="search-more" type="button" hidden>Show more results</button></p>
</div>
<script src="${layout.site.assets}js/search.js" defer></script>
</@frame.page>
