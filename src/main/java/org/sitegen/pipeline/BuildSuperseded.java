package org.sitegen.pipeline;

/**
 * Stops a preview build that a newer change made out of date: the builder discards its staging folder and the
 * published site stays as it was, for the next build to replace.
 */
final class BuildSuperseded extends RuntimeException {
    BuildSuperseded() {
        super("superseded by a newer change", null, false, false);
    }

    /** Whether {@code e} or one of its causes is a superseded build. */
    static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BuildSuperseded) {
                return true;
            }
        }
        return false;
    }
}
