package org.sitegen.serve;

import java.util.List;

/**
 * What open preview pages are told: the version of the site on disk (it changes after every successful build) and
 * the {@code path:line: message} lines of the last build when it failed (empty when it succeeded).
 */
public record PreviewState(String version, List<String> errors) {
    public PreviewState {
        errors = List.copyOf(errors);
    }

    boolean failed() {
        return !errors.isEmpty();
    }
}
