package org.sitegen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitegen.markdown.MarkdownResult;

/** A FAQ entry: {@code content/faq/<slug>.md}; the title is the question, the body the answer. */
public record FaqEntry(String slug, String path, String title, String topic, Optional<LocalDate> date,
                       Optional<LocalDate> reviewed, Optional<String> reviewer, boolean draft, boolean glossary,
                       PageRules rules, List<String> related, Optional<Integer> reviewInterval, List<String> allowPhrases,
                       MarkdownResult body, KeyLines lines) implements Page {
    @Override
    public PageId id() {
        return PageId.faq(slug);
    }

    @Override
    public Optional<LocalDate> published() {
        return date;
    }
}
