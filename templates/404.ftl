<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page>
<h1>Page not found</h1>
<p>This page does not exist in the ${content.site.regionName} edition. Some pages are only published in regions where the products they discuss are available.</p>
<p><a href="${content.site.root}">Go to the list of articles</a> or browse the <a href="${content.site.root}glossary/">glossary</a>.</p>
</@layout.page>
