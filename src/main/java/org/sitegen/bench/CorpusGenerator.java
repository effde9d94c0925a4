package org.sitegen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic synthetic content folder: articles of about 600 words with headings, tags, links
 * and glossary terms, FAQ entries, a glossary, regions and products. The same arguments write the same files.
 */
public final class CorpusGenerator {
    private static final String[] WORDS = ("pain nerve spine relief treatment clinic doctor patient movement function joint "
            + "muscle posture exercise therapy sleep activity daily routine option assessment history imaging review plan "
            + "goal progress recovery week month session specialist team approach careful gentle common rare benefit risk "
            + "effect response change level signal area tissue support comfort walking sitting standing lifting").split(" ");
    private static final String[] SYLLABLES = "ka lo mi ne ra to su vi de po la ti mo re sa ve ni co".split(" ");
    private static final String[] REGIONS = {"intl", "us", "eu", "tr"};

    private final Random random = new Random(42);

    /**
     * @param articles number of articles
     * @param regions  number of regions (1–4)
     * @param terms    number of glossary entries
     */
    public void write(Path root, int articles, int regions, int terms) throws IOException {
        Files.createDirectories(root.resolve("articles"));
        Files.createDirectories(root.resolve("faq"));
        Files.createDirectories(root.resolve("glossary"));
        Files.createDirectories(root.resolve("regions"));
        Files.createDirectories(root.resolve("products"));
        write(root.resolve("site.md"), "---\ntitle: Synthetic benchmark site\n---\n");
        write(root.resolve("medical-disclaimer.md"), "---\ntitle: Medical disclaimer\n---\nEducational content only; it is not medical advice.\n");
        for (String product : List.of("device-a", "device-b")) {
            write(root.resolve("products/" + product + ".md"), "---\nname: Device " + product.charAt(7) + "\n---\nA synthetic product.\n");
        }
        for (int r = 0; r < regions; r++) {
            String code = REGIONS[r];
            String status = r % 2 == 0 ? "approved" : "not-available";
            write(root.resolve("regions/" + code + ".md"), "---\nname: Region " + code.toUpperCase(Locale.ROOT) + "\nlang: en\n"
                    + (r == 0 ? "default: true\n" : "") + "products:\n  device-a: approved\n  device-b: " + status + "\n---\n"
                    + "Availability of devices differs by country; ask the manufacturer for this region.\n");
        }
        List<String> termNames = new ArrayList<>();
        for (int t = 0; t < terms; t++) {
            String name = word(3) + " " + word(2) + "ia";
            termNames.add(name);
            write(root.resolve("glossary/term-" + t + ".md"), "---\nterm: " + name + "\n---\n" + capital(name)
                    + " is a synthetic term used to measure glossary linking. " + sentence(12) + "\n");
        }
        for (int a = 0; a < articles; a++) {
            write(root.resolve("articles/article-" + a + ".md"), article(a, articles, termNames));
        }
        for (int f = 0; f < Math.max(1, articles / 20); f++) {
            write(root.resolve("faq/question-" + f + ".md"), "---\ntitle: Question number " + f + "?\ntopic: Topic " + (f % 5)
                    + "\nrelated: [article-" + random.nextInt(articles) + "]\n---\n" + paragraph(80, termNames) + "\n");
        }
    }

    private String article(int index, int total, List<String> terms) {
        StringBuilder md = new StringBuilder();
        md.append("---\ntitle: Article ").append(index).append(' ').append(capital(word(3))).append('\n');
        md.append("summary: ").append(capital(sentence(14))).append('\n');
        md.append("date: 2026-").append(String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12))).append('-')
                .append(String.format(Locale.ROOT, "%02d", 1 + random.nextInt(28))).append('\n');
        md.append("tags: [topic-").append(random.nextInt(20)).append(", topic-").append(random.nextInt(20)).append("]\n");
        if (index % 10 == 3) {
            md.append("products: [device-b]\n");
        }
        md.append("---\n");
        for (int section = 0; section < 5; section++) {
            md.append("\n## ").append(capital(word(3))).append(' ').append(section).append("\n\n");
            md.append(paragraph(60, terms));
            md.append(" See [[article-").append(random.nextInt(total)).append("]] for more.\n\n");
            md.append(paragraph(55, terms)).append('\n');
        }
        return md.toString();
    }

    private String paragraph(int words, List<String> terms) {
        StringBuilder p = new StringBuilder(capital(sentence(words / 2)));
        if (!terms.isEmpty()) {
            p.append(" This involves ").append(terms.get(random.nextInt(terms.size()))).append('.');
        }
        p.append(' ').append(capital(sentence(words / 2)));
        return p.toString();
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    private String word(int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
