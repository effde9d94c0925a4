package org.sitegen.render.view;

import java.util.List;

/**
 * {@code chooser.ftl}: the output root, where readers pick their region. It is written in the default region's
 * language ({@code lang}, {@code dir}, {@code messages}); each region is named in its own language ({@code RegionLink.lang}).
 */
public record ChooserPage(String title, String lang, String dir, String medicalHtml, List<RegionLink> regions, String xDefault,
                          java.util.Map<String, String> messages) implements PageView {
    @Override
    public String type() {
        return "chooser";
    }

    /** One edition; {@code name} is the region's name in {@code lang}, the edition's language. */
    public record RegionLink(String code, String name, String lang, String href, boolean defaultRegion) {
    }
}
