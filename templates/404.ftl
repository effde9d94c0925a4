<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<#import "messages.ftl" as m>
<@frame.page>
<h1>${m.t("notfound.title")}</h1>
<p>${m.t("notfound.text", {"region": layout.site.regionName})}</p>
<ul>
  <li><a href="${layout.site.root}">${m.t("notfound.home")}</a></li>
  <li><a href="${layout.site.root}glossary/">${m.t("notfound.glossary")}</a></li>
</ul>
</@frame.page>
