<#ftl output_format="HTML">
<#-- Content types that are not pages of their own (regions, products, the medical disclaimer) never render; this template is a required placeholder for JBake's document-type registry. -->
