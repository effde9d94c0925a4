<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<article class="site-page"<#if layout.translation.contentLang?has_content> lang="${layout.translation.contentLang}" dir="auto"</#if>>
  <header>
    <h1>${title}</h1>
    <p class="summary">${summary}</p>
  </header>
  <div class="body" data-body>
${bodyHtml?no_esc}
  </div>
</article>
</@frame.page>
