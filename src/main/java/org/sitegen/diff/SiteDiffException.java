package org.sitegen.diff;

/** A comparison that cannot be made, e.g. a folder that is not a built site; the message is one line for the user. */
public final class SiteDiffException extends Exception {
    public SiteDiffException(String message) {
        super(message, null, false, false);
    }
}
