package org.sitegen.serve;

import java.util.List;

/**
 * What open preview pages are told: the version of the site on disk (it changes after every successful build), the
 * {@code path:line: message} lines of the last build when it failed (empty when it succeeded), and, when known, the
 * pages ({@code eu/articles/x/index.html}) that differ from the version {@code since}: a page of version
 * {@code since} that is not among them is still current and need not reload.
 *
 * @param changed the pages changed since {@code since}, or null when any page may have changed
 */
public record PreviewState(String version, List<String> errors, String since, List<String> changed) {
    public PreviewState {
        errors = List.copyOf(errors);
        changed = changed == null ? null : List.copyOf(changed);
    }

    public PreviewState(String version, List<String> errors) {
        this(version, errors, "", null);
    }

    boolean failed() {
        return !errors.isEmpty();
    }
}
