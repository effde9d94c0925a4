/**
 * Medical review schedule: each page's next review date ({@code reviewed} or {@code date} plus {@code review_interval}
 * months), overdue warnings against "today" ({@code SOURCE_DATE_EPOCH} or the current date), and the
 * {@code check --reviews} listing. Pages show the next review date, never anything that depends on today.
 */
package org.sitegen.review;
