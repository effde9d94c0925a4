<#ftl output_format="HTML">
<#-- The page frame shared by every HTML page of an edition: head, navigation, region switcher, disclaimer. -->
<#import "messages.ftl" as m>
<#-- One of the site's own words (its title, a topic name), marked with its language when it is not the edition's. -->
<#macro word text lang><#if lang?has_content><span lang="${lang}" dir="auto">${text}</span><#else>${text}</#if></#macro>
<#macro page>
<#assign site = layout.site page = layout.page disclaimer = layout.disclaimer>
<!DOCTYPE html>
<html lang="${site.lang}" dir="${site.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title><#if page.kind == "home">${m.t("frame.home_title", {"site": site.title, "region": site.regionName})}<#else>${m.t("frame.page_title", {"page": page.title, "site": site.title})}</#if></title>
<meta name="description" content="${page.description}">
<#if page.canonical?has_content><link rel="canonical" href="${page.canonical}"></#if>
<#list layout.alternates as alt>
<link rel="alternate" hreflang="${alt.hreflang}" href="${alt.alternateHref}">
</#list>
<#if layout.xDefault?has_content><link rel="alternate" hreflang="x-default" href="${layout.xDefault}"></#if>
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
<a class="skip-link" href="#main">${m.t("frame.skip_link")}</a>
<header class="site-header">
  <div class="wrap">
    <a class="site-title" href="${site.root}"><img class="logo" src="${site.assets}img/logo.svg" alt="" width="28" height="28"><@word site.title site.titleLang/></a>
    <nav class="site-nav" aria-label="${m.t("frame.nav_label")}">
      <ul>
        <li><a href="${site.root}"<#if page.kind == "home"> aria-current="page"</#if>>${m.t("frame.nav_articles")}</a></li>
        <li><a href="${site.root}faq/"<#if page.kind == "faq"> aria-current="page"</#if>>${m.t("frame.nav_faq")}</a></li>
        <li><a href="${site.root}glossary/"<#if page.kind == "glossary"> aria-current="page"</#if>>${m.t("frame.nav_glossary")}</a></li>
        <li><a href="${site.root}tags/"<#if page.kind == "tags" || page.kind == "tag"> aria-current="page"</#if>>${m.t("frame.nav_topics")}</a></li>
      </ul>
    </nav>
    <#if page.kind != "search">
    <form class="site-search" role="search" action="${site.root}search/" method="get">
      <label class="visually-hidden" for="site-search-q">${m.t("frame.search_label")}</label>
      <input id="site-search-q" type="search" name="q" autocomplete="off">
      <button type="submit">${m.t("frame.search_button")}</button>
    </form>
    </#if>
    <nav class="region-switcher" aria-label="${m.t("frame.region_label")}">
      <span class="region-label">${m.t("frame.region_prefix")}</span>
      <ul>
      <#list layout.alternates as alt>
        <li><#if alt.current><span aria-current="true">${alt.name}</span><#else><a href="${alt.href}" hreflang="${alt.hreflang}" lang="${alt.lang}" dir="auto">${alt.name}</a></#if></li>
      </#list>
        <li><a href="${site.assets}">${m.t("frame.all_regions")}</a></li>
      </ul>
    </nav>
  </div>
</header>
<#if layout.breadcrumbs?size gt 1>
<nav class="breadcrumbs wrap" aria-label="${m.t("frame.breadcrumb_label")}">
  <ol>
  <#list layout.breadcrumbs as crumb>
    <#assign crumbLang = crumb.lang?has_content?then(crumb.lang, crumb?has_next?then("", layout.translation.contentLang))>
    <li><#if crumb.href?has_content && crumb?has_next><a href="${crumb.href}"<#if crumbLang?has_content> lang="${crumbLang}" dir="auto"</#if>>${crumb.title}</a><#else><span aria-current="page"<#if crumbLang?has_content> lang="${crumbLang}" dir="auto"</#if>>${crumb.title}</span></#if></li>
  </#list>
  </ol>
</nav>
</#if>
<main id="main" class="wrap" tabindex="-1">
<#if page.draft>
<p class="draft-badge" role="note"><strong>${m.t("frame.draft")}</strong>: ${m.t("frame.draft_text")}</p>
</#if>
<#assign tr = layout.translation>
<#if tr.notice == "untranslated">
<p class="notice translation-notice" role="note">${m.t("translation.untranslated")}</p>
<#elseif tr.notice == "outdated_source">
<p class="notice translation-notice" role="note">${m.t("translation.outdated_source")}</p>
<#elseif tr.notice == "outdated">
<p class="notice translation-notice" role="note"><#if tr.updated?has_content>${m.t("translation.outdated", {"date": tr.updated})}<#else>${m.t("translation.outdated_undated")}</#if> <#if tr.sourceHref?has_content><a href="${tr.sourceHref}" hreflang="${tr.sourceLang}">${m.t("translation.outdated_link", {"language": tr.sourceLanguageName})}</a><#else>${m.t("translation.outdated_nolink", {"language": tr.sourceLanguageName})}</#if></p>
</#if>
<#nested>
</main>
<aside id="regulatory-disclaimer" class="wrap disclaimer" data-region="${disclaimer.code}" aria-labelledby="disclaimer-title">
  <h2 id="disclaimer-title">${m.t("frame.disclaimer_title", {"region": site.regionName})}</h2>
  <div class="medical-disclaimer"<#if disclaimer.medicalLang?has_content> lang="${disclaimer.medicalLang}" dir="auto"</#if>>${disclaimer.medicalHtml?no_esc}</div>
  <div class="regional-disclaimer">${disclaimer.regionHtml?no_esc}</div>
<#if disclaimer.products?has_content>
  <ul class="product-status">
  <#list disclaimer.products as p>
    <li data-product="${p.id}" data-region="${disclaimer.code}" data-status="${p.status}"<#if p.lang?has_content> lang="${p.lang}" dir="auto"</#if>>${p.text}</li>
  </#list>
  </ul>
</#if>
</aside>
<footer class="site-footer">
  <div class="wrap">
    <p><@m.slot "frame.footer" "site" {"region": site.regionName}><@word site.title site.titleLang/></@m.slot></p>
<#if site.owner?has_content>
    <p class="owner">${m.t("frame.owner", {"owner": site.owner})}</p>
</#if>
<#if layout.pages?has_content>
    <nav class="footer-nav" aria-label="${m.t("frame.pages_label")}">
      <ul>
      <#list layout.pages as p>
        <li><a href="${p.href}"<#if page.path == p.path> aria-current="page"</#if><#if p.lang?has_content> lang="${p.lang}" dir="auto"</#if>>${p.title}</a></li>
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
  <p class="notice-title" id="status-notice-title"><strong>${m.t("frame.status_title", {"region": layout.site.regionName})}</strong></p>
  <ul>
  <#list notices as p>
    <li data-status-notice="${p.id}" data-status="${p.status}">${p.text}</li>
  </#list>
  </ul>
<#if layout.unavailable?has_content>
  <p><strong>${m.t("frame.unavailable_title", {"region": layout.site.regionName})}</strong> ${m.t("frame.unavailable_text", {"products": layout.unavailable?join(m.t("list.separator"))})}</p>
</#if>
</div>
</#if>
</#macro>
