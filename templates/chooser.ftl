<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title>Choose your region | ${title}</title>
<meta name="description" content="Choose the edition of ${title} for your country or region.">
<#list regions as r>
<link rel="alternate" hreflang="${r.lang}" href="${r.href}">
</#list>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="css/site.css">
</head>
<body class="page-chooser">
<a class="skip-link" href="#main">Skip to main content</a>
<main id="main" class="wrap" tabindex="-1">
<h1 class="chooser-title"><img class="logo" src="img/logo.svg" alt="" width="40" height="40">${title}</h1>
<p class="lead">Each edition of this site shows the regulatory status of medical devices in one region, because devices are approved country by country: choose the region where you live or work.</p>
<nav class="region-chooser" aria-label="Regions">
  <ul class="cards">
  <#list regions as r>
    <li class="card"><h2 class="card-title"><a href="${r.href}" hreflang="${r.lang}" lang="${r.lang}" data-region="${r.code}">${r.nativeName}</a></h2><#if r.nativeName != r.name><p>${r.name}</p></#if><#if r.defaultRegion><p>For readers in countries without an edition of their own</p></#if></li>
  </#list>
  </ul>
</nav>
<div class="disclaimer">${medicalHtml?no_esc}</div>
</main>
<script src="js/region.js" defer></script>
</body>
</html>
