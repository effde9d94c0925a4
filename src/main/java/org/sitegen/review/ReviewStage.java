package org.sitegen.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.Page;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;

/**
 * The review schedule of every published page, soonest first, with a warning for each page whose next review date
 * has passed.
 */
public final class ReviewStage {
    /** Soonest next review first; pages without one last; then by file. */
    static final Comparator<PageReview> SOONEST_FIRST = Comparator
            .comparing((PageReview r) -> r.nextReview().orElse(LocalDate.MAX))
            .thenComparing(PageReview::source);

    private final LocalDate today;

    /** @param today the date overdue reviews are judged against ({@link Today}) */
    public ReviewStage(LocalDate today) {
        this.today = today;
    }

    /** Pages that are in at least one edition, soonest review first; overdue ones are warnings. */
    public List<PageReview> review(SiteContent content, List<Edition> editions, Diagnostics diagnostics) {
        ReviewSchedule schedule = new ReviewSchedule(content.site());
        List<PageReview> reviews = new ArrayList<>();
        Stream.<Page>concat(content.articles().stream(), content.faq().stream())
                .filter(page -> editions.stream().anyMatch(e -> e.has(page.id())))
                .forEach(page -> {
                    PageReview review = schedule.of(page);
                    reviews.add(review);
                    if (review.overdue(today)) {
                        diagnostics.warning(review.source(), review.line(), overdueMessage(page, review));
                    }
                });
        reviews.sort(SOONEST_FIRST);
        return List.copyOf(reviews);
    }

    private String overdueMessage(Page page, PageReview review) {
        String base = page.reviewed().isPresent() ? "last reviewed on " + page.reviewed().get() : "published on " + page.published().orElseThrow()
                + " and never reviewed";
        return "medical review overdue: the next review was due on " + review.nextReview().orElseThrow() + " (" + base + ", every "
                + months(review.months().orElseThrow()) + "); review the page, then update 'reviewed'";
    }

    private static String months(int months) {
        return months == 1 ? "month" : months + " months";
    }
}
