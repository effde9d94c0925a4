package org.sitegen.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.release.ReleaseManifest;
import org.sitegen.release.ReleaseManifestReader;
import org.sitegen.release.ReleaseManifestWriter;
import org.sitegen.release.Sha256;

/** release.json: the exact format, byte-identical for the same input whatever the order pages come in, and read back equal. */
class DiffReleaseManifestTest {
    private static final ReleaseManifest.Page HOME = new ReleaseManifest.Page("index.html", null, "aa", "Home", null, null, null, null, null);
    private static final ReleaseManifest.Page ARTICLE = new ReleaseManifest.Page("articles/neuromodulation/index.html",
            "content/articles/neuromodulation.md", "bb", "Neuromodulation", "2026-03-18", "2027-03-18", "Dr. C. Sample",
            List.of(new ReleaseManifest.Product("scs-system", "investigational", "Used only within clinical studies in Türkiye.")),
            List.of("effective"));

    @Test
    void writesTheDocumentedFormat(@TempDir Path edition) throws Exception {
        String disclaimer = "Devices need CE marking.";
        ReleaseManifest manifest = new ReleaseManifest("eu", "European Union", new Sha256().of(disclaimer), disclaimer, List.of(HOME, ARTICLE));
        Path file = new ReleaseManifestWriter().write(edition, manifest);
        assertEquals(edition.resolve("release.json"), file);
        assertEquals("""
                {
                  "edition" : "eu",
                  "regionName" : "European Union",
                  "disclaimerSha256" : "1d1ebc2fbeff35e8d51732018f87d08fe08ad34232a340a1b0accd785ecf1e03",
                  "disclaimerText" : "Devices need CE marking.",
                  "pages" : [
                    {
                      "path" : "articles/neuromodulation/index.html",
                      "source" : "content/articles/neuromodulation.md",
                      "sha256" : "bb",
                      "title" : "Neuromodulation",
                      "reviewed" : "2026-03-18",
                      "nextReview" : "2027-03-18",
                      "reviewer" : "Dr. C. Sample",
                      "products" : [
                        {
                          "id" : "scs-system",
                          "status" : "investigational",
                          "text" : "Used only within clinical studies in Türkiye."
                        }
                      ],
                      "allowPhrases" : [
                        "effective"
                      ]
                    },
                    {
                      "path" : "index.html",
                      "source" : "",
                      "sha256" : "aa",
                      "title" : "Home",
                      "reviewed" : "",
                      "nextReview" : "",
                      "reviewer" : "",
                      "products" : [ ],
                      "allowPhrases" : [ ]
                    }
                  ]
                }
                """, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(Optional.of(manifest), new ReleaseManifestReader().read(edition));
    }

    @Test
    void sameInputSameBytesWhateverThePageOrder() {
        ReleaseManifestWriter writer = new ReleaseManifestWriter();
        byte[] one = writer.toBytes(new ReleaseManifest("eu", "European Union", "x", "y", List.of(HOME, ARTICLE)));
        byte[] two = writer.toBytes(new ReleaseManifest("eu", "European Union", "x", "y", List.of(ARTICLE, HOME)));
        assertArrayEquals(one, two);
    }

    @Test
    void readsToleratingUnknownAndMissingKeys(@TempDir Path edition) throws Exception {
        Files.writeString(edition.resolve("release.json"), "{\"edition\":\"us\",\"future\":1,\"pages\":[{\"path\":\"index.html\",\"sha256\":\"aa\"}]}");
        ReleaseManifest read = new ReleaseManifestReader().read(edition).orElseThrow();
        assertEquals(new ReleaseManifest("us", "", "", "", List.of(HOME.withTitle(""))), read);
        assertEquals(Optional.empty(), new ReleaseManifestReader().read(edition.resolve("absent")));
    }

    @Test
    void sha256IsLowercaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", new Sha256().of(new byte[0]));
    }
}
