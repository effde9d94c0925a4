package org.sitegen.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitegen.markdown.MarkdownResult;
import org.sitegen.model.GlossaryEntry;

/** {@link GlossaryMatcher}: which words of a text are glossary terms. */
class GlossaryMatcherTest {

    static GlossaryEntry entry(String slug, String term, List<String> aliases, String abbreviation) {
        return new GlossaryEntry(slug, "content/glossary/" + slug + ".md", term, aliases, Optional.ofNullable(abbreviation), List.of(),
                new MarkdownResult("<p>" + term + " is a term.</p>", List.of(), List.of(), List.of()), term + " is a term.", List.of(),
                org.sitegen.model.KeyLines.NONE);
    }

    private static final GlossaryMatcher MATCHER = new GlossaryMatcher(List.of(
            entry("spinal-cord-stimulation", "Spinal cord stimulation", List.of("spinal cord stimulator"), "SCS"),
            entry("stimulation", "Stimulation", List.of(), null),
            entry("facet-joint", "Facet joint", List.of("zygapophyseal joint"), null),
            entry("nerve-block", "Nerve block", List.of(), null),
            entry("therapy", "Therapy", List.of(), null),
            entry("process", "Process", List.of(), null)));

    /** The matched text and slug of each match, in text order. */
    private static List<String> found(GlossaryMatcher matcher, String text) {
        return matcher.find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.slug()).toList();
    }

    private static List<String> found(String text) {
        return found(MATCHER, text);
    }

    @Test
    void wordsMatchRegardlessOfCase() {
        assertEquals(List.of("FACET JOINT=facet-joint", "nerve Block=nerve-block"), found("A FACET JOINT and a nerve Block."));
    }

    @Test
    void abbreviationsMatchOnlyWithTheirCase() {
        assertEquals(List.of("SCS=spinal-cord-stimulation"), found("Ask about SCS, not scs or Scs."));
    }

    @Test
    void onlyWholeWordsMatch() {
        assertEquals(List.of(), found("Multistimulations, nerveblock, SCSX and XSCS are not terms."));
        assertEquals(List.of("stimulation=stimulation"), found("Electrical stimulation helps."));
    }

    @Test
    void simplePluralsMatch() {
        assertEquals(List.of("facet joints=facet-joint", "Therapies=therapy", "processes=process", "SCSs=spinal-cord-stimulation"),
                found("Both facet joints hurt. Therapies and processes vary. SCSs differ."));
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("spinal cord stimulation=spinal-cord-stimulation", "stimulation=stimulation"),
                found("Spinal cord stimulation differs from other stimulation.".toLowerCase(Locale.ROOT)));
        assertEquals(List.of("Spinal cord stimulator=spinal-cord-stimulation"), found("Spinal cord stimulator settings."));
    }

    @Test
    void matchPositionsAreCharacterOffsets() {
        List<GlossaryMatch> matches = MATCHER.find("The facet joint.");
        assertEquals(List.of(new GlossaryMatch(4, 15, "facet-joint")), matches);
    }

    @Test
    void matchingIgnoresTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("tr"));
            GlossaryMatcher matcher = new GlossaryMatcher(List.of(
                    entry("injection", "Injection", List.of(), null),
                    entry("infection", "infection", List.of(), "INF"),
                    entry("iliac-crest", "ILIAC CREST", List.of(), null)));
            assertEquals(List.of("INJECTION=injection", "injection=injection", "Injections=injection"),
                    found(matcher, "INJECTION, injection and Injections."));
            assertEquals(List.of("INFECTION=infection", "Infection=infection", "INF=infection"),
                    found(matcher, "INFECTION or Infection (INF)."));
            assertEquals(List.of("iliac crest=iliac-crest", "ILIAC CREST=iliac-crest"), found(matcher, "The iliac crest; ILIAC CREST."));
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void emptyGlossaryFindsNothing() {
        assertEquals(List.of(), new GlossaryMatcher(List.of()).find("Anything at all."));
    }

    @Test
    void turkishCaseFoldingMatchesDottedAndDotlessIAsTurkishDoes() {
        GlossaryMatcher turkish = new GlossaryMatcher(List.of(
                entry("needle", "İğne", List.of(), null),
                entry("medicine", "ilaç", List.of(), null),
                entry("isik", "Işık", List.of(), null)), "tr-TR");
        assertEquals(List.of("iğne=needle", "İĞNE=needle", "İğne=needle"), found(turkish, "iğne, İĞNE ve İğne aynı terimdir."));
        assertEquals(List.of("İLAÇ=medicine", "ilaç=medicine"), found(turkish, "ILAÇ değil İLAÇ; ilaç."),
                "I folds to ı, not to i, so ILAÇ is not ilaç");
        assertEquals(List.of("ışık=isik", "IŞIK=isik"), found(turkish, "ışık ve IŞIK; isik değil."));
        assertEquals(List.of(), found(turkish, "iğneler"), "whole words only, and no English plurals in Turkish");
        assertEquals(List.of("ILAÇ=medicine"), found(new GlossaryMatcher(List.of(entry("medicine", "ilaç", List.of(), null)), "en"), "ILAÇ"),
                "outside Turkish, I folds to i");
    }

    @Test
    void japaneseTermsMatchWithoutWordBoundaries() {
        GlossaryMatcher japanese = new GlossaryMatcher(List.of(
                entry("nerve-block", "神経ブロック", List.of("ブロック注射"), null),
                entry("fluoroscopy", "透視", List.of(), null)), "ja-JP");
        assertEquals(List.of("神経ブロック=nerve-block", "透視=fluoroscopy", "ブロック注射=nerve-block"),
                found(japanese, "腰の神経ブロックは透視下で行い、ブロック注射とも呼ばれます。"));
        GlossaryMatcher english = new GlossaryMatcher(List.of(entry("nerve-block", "神経ブロック", List.of(), null)), "en");
        assertEquals(List.of(), found(english, "腰の神経ブロックは"), "with word boundaries, a term inside a run of letters is not found");
    }
}
