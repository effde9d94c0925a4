package org.sitegen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitegen.markdown.MarkdownResult;

/**
 * An article: {@code content/articles/<slug>.md}.
 *
 * @param featured its place in the home page's "Start here" section, when it has one
 */
public record Article(String slug, String path, String title, String summary, LocalDate date,
                      Optional<LocalDate> reviewed, Optional<String> reviewer, List<String> tags,
                      Optional<String> audience, boolean draft, boolean glossary, PageRules rules,
                      List<String> related, Optional<Integer> reviewInterval, List<String> allowPhrases,
                      Optional<Integer> featured, MarkdownResult body, KeyLines lines) implements Page {
    @Override
    public PageId id() {
        return PageId.article(slug);
    }

    @Override
    public Optional<LocalDate> published() {
        return Optional.of(date);
    }
}
