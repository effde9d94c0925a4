<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>Search</h1>
<form id="search-form" class="search-form" role="search" action="./" method="get">
  <label for="search-input">Search articles, questions and the glossary of the ${layout.site.regionName} edition</label>
  <input id="search-input" type="search" name="q" autocomplete="off">
  <button type="submit">Search</button>
</form>
<p id="search-no-script" class="notice">Search runs in your browser and needs JavaScript. Without it, every page is still one or two links away: browse the <a href="${layout.site.root}">articles by topic</a>, the <a href="${layout.site.root}faq/">frequently asked questions</a> or the <a href="${layout.site.root}glossary/">glossary</a>.</p>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>
<script src="${layout.site.assets}js/lunr.min.js" defer></script>
<script src="${layout.site.assets}js/search.js" defer></script>
</@frame.page>
