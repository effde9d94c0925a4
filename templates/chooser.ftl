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
<link rel="stylesheet" href="css/site.css">
</head>
<body class="page-chooser">
<a class="skip-link" href="#main">Skip to main content</a>
<main id="main" class="wrap" tabindex="-1">
<h1>${title}</h1>
<p class="lead">Medical devices are approved differently from country to country, so this site is published in one edition per region. Choose yours:</p>
<nav class="region-chooser" aria-label="Regions">
  <ul class="cards">
  <#list regions as r>
    <li class="card"><a href="${r.href}" hreflang="${r.lang}" data-region="${r.code}">${r.name}</a><#if r.defaultRegion> <span class="kind">(international edition)</span></#if></li>
  </#list>
  </ul>
</nav>
<div class="disclaimer">${medicalHtml?no_esc}</div>
</main>
<script src="js/region.js" defer></script>
</body>
</html>
