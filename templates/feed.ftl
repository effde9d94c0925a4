<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<#assign f = .data_model>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${f.lang}">
  <title>${f.title}</title>
  <id>${f.id}</id>
  <updated>${f.updated}</updated>
  <link rel="self" href="${f.self}"/>
  <link rel="alternate" href="${f.home}"/>
<#list f.entries as e>
  <entry>
    <title>${e.title}</title>
    <id>${e.id}</id>
    <updated>${e.updated}</updated>
    <link rel="alternate" href="${e.href}"/>
    <summary>${e.summary}</summary>
  </entry>
</#list>
</feed>
