package org.sitegen.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.release.ReleaseManifest;
import org.sitegen.release.ReleaseManifestReader;
import org.sitegen.testing.Folders;
import org.sitegen.testing.SiteRun;
import org.sitegen.testing.TestContent;

/**
 * Claims checks on a fixture site with three editions: {@code us} (the pump approved), {@code eu} (the pump
 * investigational) and {@code tr} (Turkish). Site-wide and regional {@code forbidden_phrases}, regional
 * {@code investigational_phrases}, region passages, {@code [[plain:…]]}, glossary definitions and their tooltips,
 * Turkish case rules, and {@code allow_phrases}.
 */
class ClaimsCheckTest {
    @TempDir
    Path folder;

    static final String CLAIMS = """
            ---
            title: A miracle for backs
            summary: Risk-free care.
            date: 2026-01-05
            products: [pump]
            ---

            This treatment is safe
            and effective for many, see [[turkish]].

            Miracles are not words we use, but [[plain:MIRACLE]] is.

            ::: region eu
            Results are guaranteed here.
            :::

            ::: region us
            Results are guaranteed there, and FDA
            certified.
            :::

            Ask about a wonder drug.
            """;

    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.md", "---\ntitle: Claims Fixture\nforbidden_phrases: [miracle, risk-free]\n---\n");
        files.put("medical-disclaimer.md", "---\ntitle: Medical disclaimer\n---\n\nThis site is for general education only.\n");
        files.put("products/pump.md", "---\nname: Drug pump\n---\n\nAn implanted pump.\n");
        files.put("regions/us.md", """
                ---
                name: United States
                lang: en-US
                default: true
                products:
                  pump: approved
                forbidden_phrases: ["FDA certified"]
                investigational_phrases: [safe, effective]
                ---

                Device rules differ by country.
                """);
        files.put("regions/eu.md", """
                ---
                name: European Union
                lang: en-GB
                products:
                  pump: investigational
                forbidden_phrases: [guaranteed]
                investigational_phrases: [safe, effective, proven]
                ---

                Device rules differ by country.
                """);
        files.put("regions/tr.md", """
                ---
                name: Türkiye
                lang: tr-TR
                products:
                  pump: approved
                forbidden_phrases: [kesin]
                ---

                Device rules differ by country.
                """);
        files.put("glossary/wonder-drug.md", "---\nterm: Wonder drug\n---\n\nA wonder drug is no miracle. It is a loose phrase.\n");
        files.put("articles/claims.md", CLAIMS);
        files.put("articles/turkish.md", """
                ---
                title: Turkish
                summary: Case rules.
                date: 2026-01-06
                regions: [tr]
                ---

                KESİN sonuç yok, see [[claims]].
                RISK-FREE is not a word we use. Kesinlikle is another word.
                """);
        return files;
    }

    private static String forbidden(Path content, String what, String phrase, String origin, String where) {
        return what + " says '" + phrase + "', which forbidden_phrases in " + content + "/" + origin + " forbids on " + where
                + ": reword it, or list it in this page's allow_phrases";
    }

    @Test
    void everyListedPhraseIsAnErrorAtItsSourceLineInTheEditionsThatForbidIt() {
        Path content = SiteRun.write(folder.resolve("content"), files());
        SiteRun run = SiteRun.of("check", "--content", content.toString());
        assertEquals(1, run.status(), run.err());
        String claims = content + "/articles/claims.md:";
        String everywhere = "every edition's pages";
        String eu = "the eu edition's pages about 'pump', which is investigational there";
        assertEquals(List.of(
                claims + "2: " + forbidden(content, "the title", "miracle", "site.md:3", everywhere),
                claims + "3: " + forbidden(content, "the summary", "risk-free", "site.md:3", everywhere),
                claims + "8: the text says 'safe', which investigational_phrases in " + content + "/regions/eu.md:7 forbids on " + eu
                        + ": reword it, or list it in this page's allow_phrases",
                claims + "9: the text says 'effective', which investigational_phrases in " + content + "/regions/eu.md:7 forbids on "
                        + eu + ": reword it, or list it in this page's allow_phrases",
                claims + "11: " + forbidden(content, "the text", "miracle", "site.md:3", everywhere),
                claims + "14: " + forbidden(content, "the text", "guaranteed", "regions/eu.md:6", "the eu edition's pages"),
                claims + "18: " + forbidden(content, "the text", "FDA certified", "regions/us.md:7", "the us edition's pages"),
                claims + "22: " + forbidden(content, "the glossary tooltip of 'wonder drug' (from the glossary entry 'wonder-drug')",
                        "miracle", "site.md:3", everywhere),
                content + "/articles/turkish.md:8: " + forbidden(content, "the text (from a linked page's title)", "miracle", "site.md:3",
                        everywhere),
                content + "/articles/turkish.md:8: " + forbidden(content, "the text", "kesin", "regions/tr.md:6", "the tr edition's pages"),
                content + "/articles/turkish.md:9: " + forbidden(content, "the text", "risk-free", "site.md:3", everywhere),
                content + "/glossary/wonder-drug.md:5: " + forbidden(content, "the text", "miracle", "site.md:3", everywhere),
                "build failed: 12 errors, 0 warnings; the previous output was left as it was"), run.errLines());
    }

    @Test
    void allowPhrasesAllowsThemOnThatPageAndIsInTheReleaseReport() throws Exception {
        Map<String, String> files = files();
        files.put("articles/claims.md", CLAIMS.replace("products: [pump]\n", "products: [pump]\nallow_phrases: [Miracle, safe, effective, "
                + "guaranteed, risk-free, \"FDA certified\"]\n"));
        files.put("glossary/wonder-drug.md", "---\nterm: Wonder drug\nallow_phrases: [miracle]\n---\n\nA wonder drug is no miracle.\n");
        files.put("articles/turkish.md", files.get("articles/turkish.md").replace("regions: [tr]\n", "regions: [tr]\nallow_phrases: [KESİN, risk-free, miracle, mucize]\n"));
        Path content = SiteRun.write(folder.resolve("allowed"), files);
        Path site = folder.resolve("site");
        SiteRun build = SiteRun.of("build", "--content", content.toString(), "--output", site.toString());
        assertEquals(0, build.status(), build.err());
        assertEquals(List.of(content + "/articles/turkish.md:6: warning: allow_phrases lists 'mucize', which no edition flags on this page: "
                + "remove it", "built 30 pages into " + site + " (0 errors, 1 warning)"), build.errLines());
        ReleaseManifest eu = new ReleaseManifestReader().read(site.resolve("eu")).orElseThrow();
        ReleaseManifest.Page page = eu.pages().stream().filter(p -> p.path().equals("articles/claims/index.html")).findFirst().orElseThrow();
        assertEquals(List.of("Miracle", "safe", "effective", "guaranteed", "risk-free", "FDA certified"), page.allowPhrases());
        ReleaseManifest.Page glossary = eu.pages().stream().filter(p -> p.path().equals("glossary/index.html")).findFirst().orElseThrow();
        assertEquals(List.of("miracle"), glossary.allowPhrases(), "the glossary page lists what its entries allow");

        Path before = folder.resolve("before");
        Map<String, String> old = new LinkedHashMap<>(files);
        old.put("articles/claims.md", files.get("articles/claims.md").replace("safe, effective, ", ""));
        SiteRun first = SiteRun.of("build", "--content", SiteRun.write(folder.resolve("old"), old).toString(), "--output", before.toString());
        assertEquals(1, first.status(), "without safe and effective allowed, the eu edition fails");
        old.put("articles/claims.md", old.get("articles/claims.md").replace("This treatment is safe\nand effective for many", "This treatment helps many"));
        assertEquals(0, SiteRun.of("build", "--content", SiteRun.write(folder.resolve("old"), old).toString(), "--output", before.toString()).status());
        SiteRun diff = SiteRun.of("diff", before.toString(), site.toString());
        assertEquals(3, diff.status(), diff.err());
        assertTrue(diff.out().contains("        allowed phrases: \"Miracle\", \"guaranteed\", \"risk-free\", \"FDA certified\" -> \"Miracle\", \"safe\", "
                + "\"effective\", \"guaranteed\", \"risk-free\", \"FDA certified\""), diff.out());
    }

    @Test
    void translatedPagesAreCheckedAtTheirOwnFileAndLine() throws Exception {
        Path content = Folders.copy(TestContent.CONTENT, folder.resolve("sample"));
        Path translation = content.resolve("articles/radiofrequency-ablation.tr.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(translation));
        int body = lines.subList(1, lines.size()).indexOf("---") + 3;
        lines.set(body, lines.get(body) + " Bu bir MUCİZE değil.");
        Files.write(translation, lines);
        int listed = Files.readAllLines(content.resolve("regions/tr.md")).indexOf(
                "forbidden_phrases: [mucize, garantili, \"kesin çözüm\", \"yan etkisi yok\"]") + 1;
        SiteRun run = SiteRun.of("check", "--content", content.toString());
        assertEquals(List.of(translation + ":" + (body + 1) + ": " + forbidden(content, "the text", "mucize", "regions/tr.md:" + listed,
                "the tr edition's pages"), "build failed: 1 error, 0 warnings; the previous output was left as it was"), run.errLines());
    }

    @Test
    void turkishCaseRulesAndWholeWords() {
        PhraseMatcher turkish = new PhraseMatcher(List.of("kesin", "ılık", "risk-free"), java.util.Locale.forLanguageTag("tr-TR"));
        assertEquals(List.of("kesin"), turkish.find("KESİN sonuç"));
        assertEquals(List.of("ılık"), turkish.find("ILIK su"));
        assertEquals(List.of("risk-free"), turkish.find("RISK-FREE care"), "English text in the Turkish edition");
        assertEquals(List.of(), turkish.find("Kesinlikle değil"), "whole words only");
        PhraseMatcher english = new PhraseMatcher(List.of("ılık", "no side effects"), java.util.Locale.forLanguageTag("en-GB"));
        assertEquals(List.of(), english.find("ILIK"), "English rules fold I to i, not ı");
        assertEquals(List.of("no side effects"), english.find("No\u00a0side\n  EFFECTS at all"));
    }
}
