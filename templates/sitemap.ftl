<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list urls as u>
  <url><loc>${u.loc}</loc><#if u.lastmod?has_content><lastmod>${u.lastmod}</lastmod></#if></url>
</#list>
</urlset>
