<#ftl output_format="HTML">
<#-- Content types that JBake never renders per file (regions, products, the medical disclaimer, and site pages, which render through static-page.ftl) need a template in JBake's document-type registry: this placeholder. -->
