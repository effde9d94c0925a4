package org.sitegen.markdown;

import java.util.List;
import java.util.Map;
import org.sitegen.model.Markers;

/**
 * The one list of the marker attributes our Flexmark extension puts on the elements it renders, by tag. Later
 * stages read and strip them; the HTML allowlist accepts them there and only there
 * ({@code HtmlAllowlist.article().withMarkers(MarkerAttributes.BY_TAG)}), and refuses them in editors' raw HTML.
 * ({@code class="no-gloss"}, which {@code BodyProcessor} adds later, needs nothing: {@code class} is allowed everywhere.)
 */
public final class MarkerAttributes {
    /** Tag name to the marker attributes Flexmark emits on it. */
    public static final Map<String, List<String>> BY_TAG = Map.of(
            "a", List.of(Markers.LINK, Markers.AUTO_TEXT),
            "div", List.of(Markers.REGION_BLOCK));

    private MarkerAttributes() {
    }
}
