package org.sitegen.model;

/**
 * A link an editor wrote in Markdown, before it is resolved.
 *
 * @param syntax  how it was written
 * @param target  the file path ({@code ../faq/x.md}) or shorthand target ({@code faq:x}, {@code x}, {@code glossary:x})
 * @param anchor  the heading id after {@code #}, or empty
 * @param line    1-based file line
 */
public record SourceLink(Syntax syntax, String target, String anchor, int line) {
    public enum Syntax {
        MARKDOWN,
        SHORTHAND
    }
}
