package org.sitegen.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.model.Markers;

/**
 * The one list of the marker attributes our Flexmark extension puts on the elements it renders, by tag. Later
 * stages read and strip them; the HTML allowlist accepts them there and only there
 * ({@code HtmlAllowlist.article().withMarkers(BY_TAG, MarkerAttributes::isRenderedClass)}), and refuses them in editors' raw HTML.
 * Likewise the classes Flexmark gives the elements it renders ({@link #isRenderedClass}): raw HTML may use only
 * {@code HtmlAllowlist.CLASSES}.
 */
public final class MarkerAttributes {
    /** Tag name to the marker attributes Flexmark emits on it. */
    public static final Map<String, List<String>> BY_TAG = Map.of(
            "a", List.of(Markers.LINK, Markers.AUTO_TEXT),
            "div", List.of(Markers.REGION_BLOCK));

    /** Classes Flexmark puts on tables and footnotes; fenced code also gets {@code language-<info>}. */
    private static final Set<String> RENDERED_CLASSES = Set.of("table", "footnotes", "footnote-ref", "footnote-backref");
    private static final String CODE_LANGUAGE_PREFIX = "language-";

    /** Whether Flexmark renders elements with class {@code name}. */
    public static boolean isRenderedClass(String name) {
        return RENDERED_CLASSES.contains(name) || name.startsWith(CODE_LANGUAGE_PREFIX);
    }

    private MarkerAttributes() {
    }
}
