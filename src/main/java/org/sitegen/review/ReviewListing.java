package org.sitegen.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --reviews}: one tab-separated line per page, soonest next review first, with a header line.
 * Missing values are {@code -}; the status is {@code overdue} or {@code due} ({@code no schedule} without a next review).
 */
public final class ReviewListing {
    public static final String HEADER = "next review\tlast review\treviewer\tpage\tstatus";

    private ReviewListing() {
    }

    public static List<String> lines(List<PageReview> reviews, LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        reviews.stream().sorted(ReviewStage.SOONEST_FIRST).forEach(r -> lines.add(
                r.nextReview().map(LocalDate::toString).orElse("-") + "\t"
                        + r.lastReview().map(LocalDate::toString).orElse("-") + "\t"
                        + r.reviewer().map(s -> s.replace("\t", " ")).orElse("-") + "\t"
                        + r.source() + "\t"
                        + (r.nextReview().isEmpty() ? "no schedule" : r.overdue(today) ? "overdue" : "due")));
        return lines;
    }
}
