package org.sitegen.diff;

import java.util.List;

/**
 * A product line of a page that changed, appeared or disappeared. Empty status and text mean the line is absent.
 *
 * @param wording the word diff of the line's text
 */
public record ProductChange(String id, String beforeStatus, String afterStatus, String beforeText, String afterText, List<WordHunk> wording) {
    /** Whether the line is on the page both before and after: a change of status or wording, called out per edition. */
    public boolean onBothSides() {
        return !beforeStatus.isEmpty() && !afterStatus.isEmpty() || !beforeText.isEmpty() && !afterText.isEmpty();
    }

    public boolean statusChanged() {
        return !beforeStatus.equals(afterStatus);
    }
}
