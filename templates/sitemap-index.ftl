<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list sitemaps as s>
  <sitemap><loc>${s}</loc></sitemap>
</#list>
</sitemapindex>
