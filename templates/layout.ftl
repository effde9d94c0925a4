<#ftl output_format="HTML">
<#-- The page frame shared by every HTML page of an edition: head, navigation, region switcher, disclaimer. -->
<#macro page>
<#assign site = layout.site page = layout.page disclaimer = layout.disclaimer>
<!DOCTYPE html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title><#if page.kind == "home">${site.title} (${site.regionName})<#else>${page.title} | ${site.title}</#if></title>
<meta name="description" content="${page.description}">
<#if page.canonical?has_content><link rel="canonical" href="${page.canonical}"></#if>
<#list layout.alternates as alt>
<link rel="alternate" hreflang="${alt.lang}" href="${alt.href}">
</#list>
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:type" content="${page.ogType}">
<meta property="og:locale" content="${page.ogLocale}">
<meta property="og:site_name" content="${site.title}">
<#if page.canonical?has_content><meta property="og:url" content="${page.canonical}"></#if>
<link rel="icon" href="${site.assets}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${site.assets}css/site.css">
<#list layout.jsonLd as ld>
<script type="application/ld+json">${ld?no_esc}</script>
</#list>
</head>
<body class="page-${page.kind}">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="wrap">
    <a class="site-title" href="${site.root}"><img class="logo" src="${site.assets}img/logo.svg" alt="" width="28" height="28">${site.title}</a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="${site.root}"<#if page.kind == "home"> aria-current="page"</#if>>Articles</a></li>
        <li><a href="${site.root}faq/"<#if page.kind == "faq"> aria-current="page"</#if>>FAQ</a></li>
        <li><a href="${site.root}glossary/"<#if page.kind == "glossary"> aria-current="page"</#if>>Glossary</a></li>
        <li><a href="${site.root}tags/"<#if page.kind == "tags" || page.kind == "tag"> aria-current="page"</#if>>Topics</a></li>
      </ul>
    </nav>
    <form class="site-search" role="search" action="${site.root}search/" method="get">
      <label class="visually-hidden" for="site-search-q">Search</label>
      <input id="site-search-q" type="search" name="q" autocomplete="off">
      <button type="submit">Search</button>
    </form>
    <nav class="region-switcher" aria-label="Region">
      <span class="region-label">Region:</span>
      <ul>
      <#list layout.alternates as alt>
        <li><#if alt.current><span aria-current="true">${alt.name}</span><#else><a href="${alt.href}" hreflang="${alt.lang}" lang="${alt.lang}">${alt.name}</a></#if></li>
      </#list>
        <li><a href="${site.assets}">All regions</a></li>
      </ul>
    </nav>
  </div>
</header>
<#if layout.breadcrumbs?size gt 1>
<nav class="breadcrumbs wrap" aria-label="Breadcrumb">
  <ol>
  <#list layout.breadcrumbs as crumb>
    <li><#if crumb.href?has_content && crumb?has_next><a href="${crumb.href}">${crumb.title}</a><#else><span aria-current="page">${crumb.title}</span></#if></li>
  </#list>
  </ol>
</nav>
</#if>
<main id="main" class="wrap" tabindex="-1">
<#if page.draft>
<p class="draft-badge" role="note"><strong>Draft</strong>: this page is not published; it shows only in the preview and in builds made with --drafts.</p>
</#if>
<#nested>
</main>
<aside id="regulatory-disclaimer" class="wrap disclaimer" data-region="${disclaimer.code}" aria-labelledby="disclaimer-title">
  <h2 id="disclaimer-title">Important information: ${site.regionName} edition</h2>
  <div class="medical-disclaimer">${disclaimer.medicalHtml?no_esc}</div>
  <div class="regional-disclaimer">${disclaimer.regionHtml?no_esc}</div>
<#if disclaimer.products?has_content>
  <ul class="product-status">
  <#list disclaimer.products as p>
    <li data-product="${p.id}" data-region="${disclaimer.code}" data-status="${p.status}">${p.text}</li>
  </#list>
  </ul>
</#if>
</aside>
<footer class="site-footer">
  <div class="wrap">
    <p>${site.title}: ${site.regionName} edition. Educational information only; it does not replace advice from your own doctor.</p>
<#if site.owner?has_content>
    <p class="owner">Published by ${site.owner}.</p>
</#if>
<#if layout.pages?has_content>
    <nav class="footer-nav" aria-label="About this site">
      <ul>
      <#list layout.pages as p>
        <li><a href="${p.href}"<#if page.path == p.path> aria-current="page"</#if>>${p.title}</a></li>
      </#list>
      </ul>
    </nav>
</#if>
  </div>
</footer>
<script src="${site.assets}js/site.js" defer></script>
</body>
</html>
</#macro>
<#--
  The status notice: before a page's body, each product the page discusses that is not approved in this edition,
  in the region's wording (the same line as in the disclaimer below). The audit requires it.
-->
<#macro statusNotice>
<#assign notices = layout.disclaimer.products?filter(p -> p.status != "approved")>
<#if notices?has_content || layout.unavailable?has_content>
<div class="notice status-notice" role="note" aria-labelledby="status-notice-title">
  <p class="notice-title" id="status-notice-title"><strong>Regulatory status: ${layout.site.regionName}</strong></p>
  <ul>
  <#list notices as p>
    <li data-status-notice="${p.id}" data-status="${p.status}">${p.text}</li>
  </#list>
  </ul>
<#if layout.unavailable?has_content>
  <p>This page is shown for education only.</p>
</#if>
</div>
</#if>
</#macro>
