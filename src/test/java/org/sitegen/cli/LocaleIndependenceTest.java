package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.ChildJvm;
import org.sitegen.testing.FolderSnapshot;
import org.sitegen.testing.Folders;

/**
 * The same content builds to the same bytes under any locale. The small site (src/test/resources/sites/small) has the
 * tags {@code Işık}, {@code İzmir} and {@code Ärzte}, a Turkish heading and a Türkiye region; it is built in child JVMs
 * under {@code LC_ALL=C} (ASCII file names, output and default charset) and under Turkish, where {@code "I".toLowerCase()}
 * is {@code "ı"}.
 */
class LocaleIndependenceTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");
    private static final ChildJvm C = new ChildJvm(Map.of("LC_ALL", "C", "LANG", "C"), List.of());
    private static final ChildJvm TURKISH = new ChildJvm(Map.of("LC_ALL", "tr_TR.UTF-8", "LANG", "tr_TR.UTF-8"),
            List.of("-Duser.language=tr", "-Duser.country=TR"));

    @Test
    void theSiteIsByteForByteTheSameUnderTheCAndTurkishLocales(@TempDir Path temp) {
        ChildJvm.Result c = C.run(temp.resolve("c.txt"), "build", "--content", SMALL_SITE.toString(), "--output", temp.resolve("c").toString());
        ChildJvm.Result turkish = TURKISH.run(temp.resolve("tr.txt"), "build", "--content", SMALL_SITE.toString(),
                "--output", temp.resolve("tr").toString());

        assertEquals(0, c.status(), c.err());
        assertEquals(0, turkish.status(), turkish.err());
        FolderSnapshot underC = FolderSnapshot.of(temp.resolve("c"));
        FolderSnapshot underTurkish = FolderSnapshot.of(temp.resolve("tr"));
        assertEquals(underC, underTurkish, underC.differences(underTurkish));
        for (String page : List.of("tr/tags/isik/index.html", "tr/tags/izmir/index.html", "tr/tags/arzte/index.html")) {
            assertTrue(underC.entries().containsKey(page), page);
        }
    }

    @Test
    void messagesAreUtf8UnderTheCLocale(@TempDir Path temp) throws IOException {
        Path content = Folders.copy(SMALL_SITE, temp.resolve("content"));
        Path article = content.resolve("articles/basics.md");
        Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8).replace("tags: [Işık,", "tags: [isik, Işık,"),
                StandardCharsets.UTF_8);

        ChildJvm.Result c = C.run(temp.resolve("c.txt"), "build", "--content", content.toString(), "--output", temp.resolve("c").toString());

        assertEquals(1, c.status(), c.err());
        assertEquals(List.of(content.resolve("articles/basics.md") + ":5: tags 'isik' and 'işık' would share the page tags/isik/: use one spelling",
                "build failed: 1 error, 0 warnings; the previous output was left as it was"), c.err().lines().toList());
    }
}
