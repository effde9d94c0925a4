package org.sitegen.diff;

import java.util.List;

/**
 * One place where two texts differ, with a few words of context either side.
 *
 * @param truncatedStart whether words before the hunk were left out
 * @param truncatedEnd   whether words after the hunk were left out
 */
public record WordHunk(boolean truncatedStart, boolean truncatedEnd, List<Segment> segments) {
}
