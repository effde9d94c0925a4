package org.sitegen.review;

import java.time.LocalDate;
import java.util.Optional;
import org.sitegen.model.Keys;
import org.sitegen.model.Page;
import org.sitegen.model.SiteSettings;

/** Next review dates: {@code reviewed} (else {@code date}) plus the page's {@code review_interval}, else the site's. */
public final class ReviewSchedule {
    private final Optional<Integer> siteMonths;

    public ReviewSchedule(SiteSettings site) {
        this.siteMonths = site.reviewInterval();
    }

    public PageReview of(Page page) {
        Optional<Integer> months = page.reviewInterval().or(() -> siteMonths);
        Optional<LocalDate> base = page.reviewed().or(page::published);
        Optional<LocalDate> next = months.flatMap(m -> base.map(date -> date.plusMonths(m)));
        int line = page.reviewed().isPresent() ? page.lines().of(Keys.REVIEWED) : page.lines().of(Keys.DATE);
        return new PageReview(page.path(), line, page.reviewer(), page.reviewed(), next, months);
    }

    /** The next review date of {@code page}, or empty. */
    public Optional<LocalDate> next(Page page) {
        return of(page).nextReview();
    }
}
