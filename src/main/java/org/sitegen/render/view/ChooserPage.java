package org.sitegen.render.view;

import java.util.List;

/** {@code chooser.ftl}: the output root, where readers pick their region. */
public record ChooserPage(String title, String lang, String medicalHtml, List<RegionLink> regions) implements PageView {
    @Override
    public String type() {
        return "chooser";
    }

    /** One edition: {@code nativeName} is the region's name in its own language ({@code lang}). */
    public record RegionLink(String code, String name, String nativeName, String lang, String href, boolean defaultRegion) {
    }
}
