<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>Page not found</h1>
<p>This page does not exist in the ${layout.site.regionName} edition. Some pages are only published in regions where the products they discuss are available.</p>
<p><a href="${layout.site.root}">Go to the list of articles</a> or browse the <a href="${layout.site.root}glossary/">glossary</a>.</p>
</@frame.page>
