package org.sitegen.model;

import java.util.List;
import org.sitegen.markdown.MarkdownResult;

/**
 * A page about the site itself (About, Editorial policy, Contact, Privacy…): {@code content/pages/<slug>.md},
 * published at {@code <edition>/<slug>/} in every edition its region rules allow, and listed in the footer.
 * Glossary terms are not linked in it, and it takes part in no related reading.
 */
public record SitePage(String slug, String path, String title, String summary, boolean draft, PageRules rules,
                       MarkdownResult body, KeyLines lines) implements Page {
    @Override
    public PageId id() {
        return PageId.page(slug);
    }

    @Override
    public List<String> related() {
        return List.of();
    }

    @Override
    public boolean glossary() {
        return false;
    }

    /** Site pages are not medical content: no publication or review dates, no reviewer, no review schedule. */
    @Override
    public java.util.Optional<java.time.LocalDate> published() {
        return java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<java.time.LocalDate> reviewed() {
        return java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<String> reviewer() {
        return java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<Integer> reviewInterval() {
        return java.util.Optional.empty();
    }

    /** Site pages take no exceptions from the claims lists. */
    @Override
    public List<String> allowPhrases() {
        return List.of();
    }
}
