<#ftl output_format="HTML">
<#import "layout.ftl" as frame>
<@frame.page>
<h1>Glossary</h1>
<nav class="letter-index" aria-label="Glossary letters">
  <ul>
  <#list letterIndex as l>
    <li><#if l.href?has_content><a href="${l.href}">${l.letter}</a><#else><span aria-disabled="true">${l.letter}</span></#if></li>
  </#list>
  </ul>
</nav>
<#list letters as letter>
<section class="glossary-letter" aria-labelledby="${letter.id}">
  <h2 id="${letter.id}">${letter.letter}</h2>
  <dl>
  <#list letter.entries as e>
    <div class="glossary-entry" id="${e.slug}">
      <dt><dfn>${e.term}</dfn><#if e.abbreviation?has_content> <abbr>(${e.abbreviation})</abbr></#if></dt>
      <dd>
        <#if e.aliases?has_content><p class="aliases">Also called: ${e.aliases?join(", ")}</p></#if>
        <div class="definition">${e.definitionHtml?no_esc}</div>
        <#if e.seeAlso?has_content><p class="see-also">See also: <#list e.seeAlso as s><a href="${s.href}">${s.title}</a><#sep>, </#list></p></#if>
        <#if e.usedIn?has_content>
        <div class="used-in">Used in:
          <#list e.usedIn as use><#if use?index == 10><details><summary>and ${(e.usedIn?size - 10)?c} more pages</summary></#if><a href="${use.href}">${use.title}</a><#sep>; </#sep><#if !use?has_next && use?index gte 10></details></#if></#list>
        </div>
        </#if>
      </dd>
    </div>
  </#list>
  </dl>
</section>
</#list>
</@frame.page>
