<#ftl output_format="HTML">
<#-- Interface strings. Every word a template shows comes from templates/messages/<lang>.properties through these
     functions: t("key") for a text, t("key", {"name": value}) to fill {name} placeholders, and the macro
     <@m.slot "key" "name">markup</@m.slot> to put markup (a link, a <time>) where {name} stands. -->
<#function strings>
  <#if layout??><#return layout.messages></#if>
  <#return messages>
</#function>
<#function t key args={}>
  <#local all = strings()>
  <#if !(all[key])??><#stop "no interface string '" + key + "' in templates/messages/en.properties: add it to every message file"></#if>
  <#local text = all[key]>
  <#list args as name, value>
    <#local text = text?replace("{" + name + "}", value?is_number?then(value?string, value))>
  </#list>
  <#return text>
</#function>
<#macro slot key name args={}>
  <#local text = t(key, args)>
  <#local mark = "{" + name + "}">
  <#local at = text?index_of(mark)>
  <#if at lt 0>${text}<#nested><#else>${text?substring(0, at)}<#nested>${text?substring(at + mark?length)}</#if><#t>
</#macro>
