package org.sitegen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitegen.markdown.MarkdownResult;

/** What articles, FAQ entries and site pages share: the pages readers navigate between. */
public sealed interface Page extends ContentDocument permits Article, FaqEntry, SitePage {
    PageId id();

    String title();

    PageRules rules();

    /** Hand-picked related pages, as written ({@code slug} or {@code faq:slug}). */
    List<String> related();

    /** Whether glossary terms are linked automatically in the body. */
    boolean glossary();

    boolean draft();

    MarkdownResult body();

    /** The {@code date} key: when the page was first published, if given. */
    Optional<LocalDate> published();

    /** The last medical review. */
    Optional<LocalDate> reviewed();

    Optional<String> reviewer();

    /** Months from one medical review to the next, when the page sets its own. */
    Optional<Integer> reviewInterval();

    /** Forbidden or investigational phrases the page may use all the same ({@code allow_phrases}). */
    List<String> allowPhrases();

    /** The file line of each front-matter key. */
    KeyLines lines();
}
