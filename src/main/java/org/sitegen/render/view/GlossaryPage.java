package org.sitegen.render.view;

import java.util.List;

/** {@code glossary.ftl}: every term, by first letter, with the pages of the edition that use it. */
public record GlossaryPage(Layout layout, List<LetterLink> letterIndex, List<Letter> letters) implements HtmlPage {
    @Override
    public String type() {
        return "glossary";
    }

    /** A letter of the index; {@code href} is empty when no term starts with it. */
    public record LetterLink(String letter, String href) {
    }

    public record Letter(String letter, String id, List<Term> entries) {
    }

    /**
     * One entry; {@code lang} is the language of its term and definition when it is not the edition's, else empty; an
     * outdated translation carries a notice with a link to the current entry in the source language.
     */
    public record Term(String slug, String term, String abbreviation, List<String> aliases, String definitionHtml,
                       List<LinkView> seeAlso, List<LinkView> usedIn, String lang, String translationNotice, String sourceHref,
                       String sourceLang, String sourceLinkText) {
    }
}
