package org.sitegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.Keys;
import org.sitegen.diagnostics.Severity;

/** {@link FrontMatterParser} and {@link FrontMatterValidator} against {@link FrontMatterSchema}. */
class FrontMatterTest {
    private static final String PATH = "content/articles/x.md";

    private final FrontMatterParser parser = new FrontMatterParser();
    private final FrontMatterValidator validator = new FrontMatterValidator(new FrontMatterSchema());

    private FrontMatter parse(String text, Diagnostics diagnostics) {
        Optional<FrontMatter> front = parser.parse(PATH, text, diagnostics);
        assertTrue(front.isPresent(), () -> "front matter did not parse: " + diagnostics.all());
        return front.get();
    }

    /** Parses and validates an article; returns the fields and leaves problems in {@code diagnostics}. */
    private Fields validateArticle(String text, Diagnostics diagnostics) {
        return validator.validate(PATH, DocumentKind.ARTICLE, parse(text, diagnostics).fields(), diagnostics);
    }

    private static Diagnostic error(int line, String message) {
        return new Diagnostic(Severity.ERROR, PATH, line, message);
    }

    @Test
    void validArticleIsTypedAndBodyLineFollowsTheClosingFence() {
        String text = """
                ---
                title: Basics
                summary: "A short introduction."
                date: 2026-01-12
                tags: [basics, procedures]
                draft: false
                audience: patient
                ---

                Body text.
                """;
        Diagnostics diagnostics = new Diagnostics();
        FrontMatter front = parse(text, diagnostics);
        assertEquals(9, front.bodyLine());
        assertEquals("\nBody text.", front.body());
        Fields fields = validator.validate(PATH, DocumentKind.ARTICLE, front.fields(), diagnostics);
        assertEquals(List.of(), diagnostics.all());
        assertEquals(Optional.of("Basics"), fields.get(Keys.TITLE));
        assertEquals(Optional.of("A short introduction."), fields.get(Keys.SUMMARY));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 12)), fields.get(Keys.DATE));
        assertEquals(List.of("basics", "procedures"), fields.getOr(Keys.TAGS, List.of()));
        assertFalse(fields.getOr(Keys.DRAFT, true));
        assertEquals(5, fields.lines().of(Keys.TAGS));
        assertEquals(1, fields.lines().of(Keys.REVIEWED), "an absent key points at the start of the front matter");
    }

    @Test
    void unknownKeyIsReportedOnItsLineWithSuggestion() {
        Diagnostics diagnostics = new Diagnostics();
        validateArticle("""
                ---
                summary: A short introduction.
                titel: Basics
                date: 2026-01-12
                ---
                Body.
                """, diagnostics);
        assertEquals(List.of(
                error(1, "missing required key 'title'"),
                error(3, "unknown key 'titel' (did you mean 'title'?)")), diagnostics.all());
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyHasNoSuggestion() {
        Diagnostics diagnostics = new Diagnostics();
        validateArticle("""
                ---
                title: Basics
                summary: A short introduction.
                date: 2026-01-12
                colour: blue
                ---
                """, diagnostics);
        assertEquals(List.of(error(5, "unknown key 'colour'")), diagnostics.all());
    }

    @Test
    void missingRequiredKeysAreEachReported() {
        Diagnostics diagnostics = new Diagnostics();
        validateArticle("""
                ---
                title: Basics
                ---
                """, diagnostics);
        assertEquals(List.of(
                error(1, "missing required key 'date'"),
                error(1, "missing required key 'summary'")), diagnostics.all());
    }

    @Test
    void scalarWhereListIsExpectedIsAWrongType() {
        Diagnostics diagnostics = new Diagnostics();
        Fields fields = validateArticle("""
                ---
                title: Basics
                summary: A short introduction.
                date: 2026-01-12
                tags: procedures
                related:
                  - faq:a
                  - [nested]
                ---
                """, diagnostics);
        assertEquals(List.of(
                error(5, "'tags' must be a list, e.g. [a, b]"),
                error(8, "'related' must be a single non-empty value")), diagnostics.all());
        assertEquals(List.of(), fields.getOr(Keys.TAGS, List.of()));
        assertEquals(List.of("faq:a"), fields.getOr(Keys.RELATED, List.of()));
    }

    @Test
    void anInvisibleOrReorderedValueIsRejected() {
        Diagnostics diagnostics = new Diagnostics();
        validateArticle("""
                ---
                title: "\t \u200b "
                summary: "Safe \u202e.evil"
                date: 2026-01-12
                ---
                """, diagnostics);
        assertEquals(List.of(
                error(2, "'title' must be a single non-empty value"),
                error(3, "'summary' contains a bidirectional override (U+202E), which makes text show in another order than it is "
                        + "written: remove it")), diagnostics.all());
    }

    @Test
    void impossibleDateIsRejected() {
        Diagnostics diagnostics = new Diagnostics();
        Fields fields = validateArticle("""
                ---
                title: Basics
                summary: A short introduction.
                date: 2026-02-30
                reviewed: 2026-2-3
                ---
                """, diagnostics);
        assertEquals(List.of(
                error(4, "'date' is not a real date: 2026-02-30"),
                error(5, "'reviewed' must be a date written YYYY-MM-DD, not '2026-2-3'")), diagnostics.all());
        assertEquals(Optional.empty(), fields.get(Keys.DATE));
    }

    @Test
    void leapDayIsARealDate() {
        Diagnostics diagnostics = new Diagnostics();
        Fields fields = validateArticle("""
                ---
                title: Basics
                summary: A short introduction.
                date: 2028-02-29
                ---
                """, diagnostics);
        assertEquals(List.of(), diagnostics.all());
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), fields.get(Keys.DATE));
    }

    @Test
    void duplicatedKeyNamesBothLines() {
        Diagnostics diagnostics = new Diagnostics();
        FrontMatter front = parse("""
                ---
                title: First
                summary: A short introduction.
                title: Second
                ---
                """, diagnostics);
        assertEquals(List.of(error(4, "key 'title' is given twice (first on line 2)")), diagnostics.all());
        assertEquals(new YamlValue.Scalar("First", "str", 2), front.fields().entries().get("title"));
    }

    @Test
    void missingFrontMatterFenceIsReportedOnLineOne() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrontMatter> front = parser.parse(PATH, "title: Basics\n---\nBody.\n", diagnostics);
        assertTrue(front.isEmpty());
        assertEquals(List.of(error(1, "missing front matter: the file must start with a '---' line")), diagnostics.all());
    }

    @Test
    void unclosedFrontMatterIsReported() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(parser.parse(PATH, "---\ntitle: Basics\n\nBody.\n", diagnostics).isEmpty());
        assertEquals(List.of(error(1, "front matter is not closed: add a '---' line after it")), diagnostics.all());
    }

    @Test
    void invalidYamlIsReportedWithItsFileLine() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(parser.parse(PATH, "---\ntitle: Basics\nsummary: [unclosed\ndate: 2026-01-01\n---\n", diagnostics).isEmpty());
        List<Diagnostic> all = diagnostics.all();
        assertEquals(1, all.size(), all::toString);
        assertTrue(all.get(0).message().startsWith("invalid YAML in front matter: "), all::toString);
        assertTrue(all.get(0).line() >= 3 && all.get(0).line() <= 5, all::toString);
    }

    @Test
    void byteOrderMarkIsIgnored() {
        Diagnostics diagnostics = new Diagnostics();
        FrontMatter front = parse("\uFEFF---\ntitle: Basics\n---\nBody.\n", diagnostics);
        assertEquals(List.of(), diagnostics.all());
        assertEquals(4, front.bodyLine());
        assertEquals(2, front.fields().keyLines().get("title"));
    }

    @Test
    void booleanAndChoiceValuesAreChecked() {
        Diagnostics diagnostics = new Diagnostics();
        validateArticle("""
                ---
                title: Basics
                summary: A short introduction.
                date: 2026-01-12
                draft: maybe
                audience: patients
                ---
                """, diagnostics);
        assertEquals(List.of(
                error(5, "'draft' must be true or false"),
                error(6, "'audience' must be one of patient, professional, not 'patients' (did you mean 'patient'?)")),
                diagnostics.all());
    }

    @Test
    void regionProductStatusesAndWordingAreValidated() {
        Diagnostics diagnostics = new Diagnostics();
        FrontMatter front = parse("""
                ---
                name: Europe
                lang: en-GB
                products:
                  rf-generator: approved
                  scs-system: aproved
                wording:
                  scs-system:
                    investigatonal: "Only in studies."
                    approved: "Approved here."
                ---
                """, diagnostics);
        Fields fields = validator.validate("content/regions/eu.md", DocumentKind.REGION, front.fields(), diagnostics);
        assertEquals(List.of(
                new Diagnostic(Severity.ERROR, "content/regions/eu.md", 6, "unknown product status 'aproved' for 'scs-system': "
                        + "use approved, investigational or not-available (did you mean 'approved'?)"),
                new Diagnostic(Severity.ERROR, "content/regions/eu.md", 9, "unknown product status 'investigatonal' in 'wording.scs-system': "
                        + "use approved, investigational or not-available (did you mean 'investigational'?)")),
                diagnostics.all());
        assertEquals(Map.of("rf-generator", "approved"), fields.getOr(Keys.PRODUCT_STATUSES, Map.of()));
        assertEquals(Map.of("scs-system", Map.of("approved", "Approved here.")), fields.getOr(Keys.REGION_WORDING, Map.of()));
    }

    @Test
    void glossaryFilesAreCheckedAgainstTheGlossaryKeys() {
        Diagnostics diagnostics = new Diagnostics();
        FrontMatter front = parse("---\nterms: Facet joint\nterm: Facet joint\n---\nA joint.\n", diagnostics);
        validator.validate("content/glossary/facet-joint.md", DocumentKind.GLOSSARY, front.fields(), diagnostics);
        assertEquals(List.of(new Diagnostic(Severity.ERROR, "content/glossary/facet-joint.md", 2, "unknown key 'terms' (did you mean 'term'?)")),
                diagnostics.all());
    }
}
