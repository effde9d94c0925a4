package org.sitegen.model;

import java.util.List;
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

    /** The file line of each front-matter key. */
    KeyLines lines();
}
