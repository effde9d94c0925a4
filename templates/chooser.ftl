<#ftl output_format="HTML">
<#import "messages.ftl" as m>
<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title>${m.t("chooser.title", {"site": title})}</title>
<meta name="description" content="${m.t("chooser.description", {"site": title})}">
<#list regions as r>
<link rel="alternate" hreflang="${r.lang}" href="${r.href}">
</#list>
<#if xDefault?has_content><link rel="alternate" hreflang="x-default" href="${xDefault}"></#if>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="css/site.css">
</head>
<body class="page-chooser">
<a class="skip-link" href="#main">${m.t("frame.skip_link")}</a>
<main id="main" class="wrap" tabindex="-1">
<h1 class="chooser-title"><img class="logo" src="img/logo.svg" alt="" width="40" height="40">${title}</h1>
<p class="lead">${m.t("chooser.lead")}</p>
<nav class="region-chooser" aria-label="${m.t("chooser.label")}" data-last-choice="${m.t("chooser.last_choice")}">
  <ul class="cards">
  <#list regions as r>
    <li class="card"><h2 class="card-title"><a href="${r.href}" hreflang="${r.lang}" lang="${r.lang}" dir="auto" data-region="${r.code}">${r.name}</a></h2><#if r.defaultRegion><p>${m.t("chooser.default")}</p></#if></li>
  </#list>
  </ul>
</nav>
<div class="disclaimer">${medicalHtml?no_esc}</div>
</main>
<script src="js/region.js" defer></script>
</body>
</html>
