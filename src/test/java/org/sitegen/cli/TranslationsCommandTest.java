package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.lang.Fingerprint;

/** {@code translations}: the status of every translation per language, {@code --stamp}, and the source's diff from Git. */
class TranslationsCommandTest {
    private static final String ARTICLE = "---\ntitle: Nerve blocks\nsummary: What a nerve block is.\ndate: 2026-03-18\n---\n\n"
            + "A nerve block is an injection near a nerve.\n";
    private static final String FAQ = "---\ntitle: Does it hurt?\ntopic: Safety\n---\n\nMost people feel pressure.\n";
    private static final String ABOUT = "---\ntitle: About\nsummary: Who writes this site.\n---\n\nA small team of clinicians.\n";

    record Run(int status, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(capturedOut, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(capturedErr, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int status = Main.run(args);
            return new Run(status, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path content(Path temp) throws IOException {
        Path content = temp.resolve("content");
        write(content.resolve("site.md"), "---\ntitle: Test\n---\n");
        write(content.resolve("site.tr.md"), "---\ntitle: Deneme\ntopics: {safety: Güvenlik}\ntranslated_from: 0123456789ab\n---\n");
        write(content.resolve("pages/about.md"), ABOUT);
        write(content.resolve("pages/about.tr.md"), "---\ntitle: Hakkında\nsummary: Bu siteyi kim yazıyor.\ntranslated_from: "
                + Fingerprint.ofText(ABOUT) + "\n---\n\nKüçük bir klinisyen ekibi.\n");
        write(content.resolve("pages/contact.md"), "---\ntitle: Contact\nsummary: How to reach us.\n---\n\nWrite to us.\n");
        write(content.resolve("medical-disclaimer.md"), "---\ntitle: Medical disclaimer\n---\n\nEducation only.\n");
        write(content.resolve("regions/intl.md"), "---\nname: International\nlang: en\ndefault: true\n---\n\nAsk your doctor.\n");
        write(content.resolve("regions/tr.md"), "---\nname: Türkiye\nlang: tr-TR\n---\n\nDoktorunuza danışın.\n");
        write(content.resolve("articles/nerve-blocks.md"), ARTICLE);
        write(content.resolve("faq/does-it-hurt.md"), FAQ);
        write(content.resolve("articles/nerve-blocks.tr.md"), "---\ntitle: Sinir blokları\nsummary: Sinir bloğu nedir.\n"
                + "translated_from: " + Fingerprint.ofText(ARTICLE) + "\n---\n\nSinir bloğu bir enjeksiyondur.\n");
        write(content.resolve("faq/does-it-hurt.tr.md"), "---\ntitle: Acıtır mı?\ntopic: Güvenlik\ntranslated_from: 0123456789ab\n---\n\n"
                + "Çoğu kişi baskı hisseder.\n");
        return content;
    }

    @Test
    void listsEveryTranslationPerLanguageWithTheFingerprintToStamp(@TempDir Path temp) throws IOException {
        Path content = content(temp);
        Run run = run("translations", "--content", content.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(
                "status    fingerprint   translation",
                "",
                "tr (tr): 2 current, 2 outdated, 2 missing",
                "current   " + Fingerprint.ofText(ARTICLE) + "  " + content.resolve("articles/nerve-blocks.tr.md"),
                "outdated  " + Fingerprint.ofText(FAQ) + "  " + content.resolve("faq/does-it-hurt.tr.md") + " (translated from 0123456789ab)",
                "missing   " + Fingerprint.of(content.resolve("medical-disclaimer.md")) + "  " + content.resolve("medical-disclaimer.tr.md"),
                "current   " + Fingerprint.ofText(ABOUT) + "  " + content.resolve("pages/about.tr.md"),
                "missing   " + Fingerprint.of(content.resolve("pages/contact.md")) + "  " + content.resolve("pages/contact.tr.md"),
                "outdated  " + Fingerprint.of(content.resolve("site.md")) + "  " + content.resolve("site.tr.md") + " (translated from 0123456789ab)"),
                run.out().lines().toList());
    }

    @Test
    void stampWritesTheSourcesFingerprint(@TempDir Path temp) throws IOException {
        Path content = content(temp);
        Path faq = content.resolve("faq/does-it-hurt.tr.md");
        Run stamp = run("translations", "--stamp", faq.toString());
        assertEquals(0, stamp.status(), stamp.err());
        assertEquals(faq + ": translated_from " + Fingerprint.ofText(FAQ) + " (" + content.resolve("faq/does-it-hurt.md") + ")\n", stamp.out());
        assertEquals("---\ntitle: Acıtır mı?\ntopic: Güvenlik\ntranslated_from: " + Fingerprint.ofText(FAQ) + "\n---\n\n"
                + "Çoğu kişi baskı hisseder.\n", Files.readString(faq));
        assertTrue(run("translations", "--content", content.toString()).out().contains("tr (tr): 3 current, 1 outdated, 2 missing"));
        Path site = content.resolve("site.tr.md");
        assertEquals(0, run("translations", "--stamp", site.toString()).status(), "the site settings' translation is stamped alike");
        assertEquals("---\ntitle: Deneme\ntopics: {safety: Güvenlik}\ntranslated_from: " + Fingerprint.of(content.resolve("site.md"))
                + "\n---\n", Files.readString(site));

        Path fresh = content.resolve("articles/nerve-blocks.tr.md");
        write(fresh, "---\ntitle: Sinir blokları\nsummary: Sinir bloğu nedir.\n---\n\nMetin.\n");
        assertEquals(0, run("translations", "--stamp", fresh.toString()).status());
        assertEquals("---\ntitle: Sinir blokları\nsummary: Sinir bloğu nedir.\ntranslated_from: " + Fingerprint.ofText(ARTICLE)
                + "\n---\n\nMetin.\n", Files.readString(fresh), "a translation without the key gets it");
    }

    @Test
    void stampRefusesAFileThatIsNotATranslation(@TempDir Path temp) throws IOException {
        Path content = content(temp);
        Run run = run("translations", "--stamp", content.resolve("articles/nerve-blocks.md").toString());
        assertEquals(2, run.status());
        assertEquals("error: " + content.resolve("articles/nerve-blocks.md")
                + ": not a translation: its name must be <slug>.<lang>.md, e.g. radiofrequency-ablation.tr.md\n", run.err());
    }

    @Test
    void inAGitRepositoryShowsWhatChangedInTheSourceSinceTheStampedVersion(@TempDir Path temp) throws Exception {
        Path content = content(temp);
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("first").setAuthor("Editor", "editor@example.org").setCommitter("Editor", "editor@example.org")
                    .setSign(false).call();
            Path faq = content.resolve("faq/does-it-hurt.tr.md");
            assertEquals(0, run("translations", "--stamp", faq.toString()).status());
            write(content.resolve("faq/does-it-hurt.md"), FAQ.replace("Most people feel pressure.", "Most people feel pressure.\n\nTell the team if it hurts."));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("second").setAuthor("Editor", "editor@example.org").setCommitter("Editor", "editor@example.org")
                    .setSign(false).call();
            String first = git.log().call().iterator().next().getParent(0).getId().abbreviate(12).name();
            Run run = run("translations", "--content", content.toString());
            List<String> lines = run.out().lines().toList();
            int row = lines.indexOf("outdated  " + Fingerprint.of(content.resolve("faq/does-it-hurt.md")) + "  " + faq
                    + " (translated from " + Fingerprint.ofText(FAQ) + ")");
            assertTrue(row > 0, run.out());
            assertEquals(List.of(
                    "    changes to " + content.resolve("faq/does-it-hurt.md") + " since " + Fingerprint.ofText(FAQ) + " (commit " + first + "):",
                    "    @@ -4,3 +4,5 @@",
                    "     ---",
                    "     ",
                    "     Most people feel pressure.",
                    "    +",
                    "    +Tell the team if it hurts."), lines.subList(row + 1, row + 8));
        }
    }
}
