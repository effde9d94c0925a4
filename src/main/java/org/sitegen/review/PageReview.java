package org.sitegen.review;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One page's place in the review schedule.
 *
 * @param source     the page's file, e.g. {@code content/articles/x.md}
 * @param line       the line of {@code reviewed}, else of {@code date}, else the front matter's first line
 * @param reviewer   who reviewed it last, if known
 * @param lastReview {@code reviewed}, if given
 * @param nextReview {@code reviewed} (else {@code date}) plus the review interval; empty without either or without an interval
 * @param months     the review interval that applies, if any
 */
public record PageReview(String source, int line, Optional<String> reviewer, Optional<LocalDate> lastReview,
                         Optional<LocalDate> nextReview, Optional<Integer> months) {

    /** Whether the next review date is before {@code today}. */
    public boolean overdue(LocalDate today) {
        return nextReview.map(next -> next.isBefore(today)).orElse(false);
    }
}
