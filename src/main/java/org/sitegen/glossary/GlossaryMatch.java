package org.sitegen.glossary;

/** A term found in text: characters {@code [start, end)} refer to glossary entry {@code slug}. */
public record GlossaryMatch(int start, int end, String slug) {
    public int length() {
        return end - start;
    }
}
