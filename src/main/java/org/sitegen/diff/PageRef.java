package org.sitegen.diff;

import java.util.List;

/** An added or removed page: its edition-relative path, and its source and allowed phrases when release.json says. */
public record PageRef(String path, String source, List<String> allowPhrases) {
}
