package org.sitegen.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.ChildJvm;
import org.sitegen.testing.FolderSnapshot;
import org.sitegen.testing.Folders;

/**
 * {@code build} killed with SIGKILL ({@code destroyForcibly}) at 20 random points (fixed seed) while it replaces one
 * version of a site with another: the output is every time byte for byte the old site or the new one, and the next
 * complete build leaves nothing but the output beside it.
 */
class KilledBuildTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");
    private static final int KILLS = 20;

    private final ChildJvm jvm = new ChildJvm(Map.of(), List.of());

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneAndTheNextBuildRemovesItsLeftovers(@TempDir Path temp) throws Exception {
        Path first = Folders.copy(SMALL_SITE, temp.resolve("first"));
        Path second = Folders.copy(SMALL_SITE, temp.resolve("second"));
        Path article = second.resolve("articles/treatment.md");
        Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8) + "\nThe second version of the site.\n", StandardCharsets.UTF_8);
        Path output = temp.resolve("out/site");

        long start = System.nanoTime();
        build(second, temp.resolve("reference/site"), temp);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        FolderSnapshot secondSite = FolderSnapshot.of(temp.resolve("reference/site"));
        build(first, output, temp);
        FolderSnapshot firstSite = FolderSnapshot.of(output);
        assertNotEquals(firstSite, secondSite);

        Random random = new Random(20260101);
        boolean showsFirst = true;
        int leftBehind = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process process = jvm.start(temp.resolve("err.txt"), "build", "--content", (showsFirst ? second : first).toString(),
                    "--output", output.toString());
            long delay = (long) (buildMillis * (0.1 + random.nextDouble()));
            if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            FolderSnapshot now = FolderSnapshot.of(output);
            assertTrue(now.equals(firstSite) || now.equals(secondSite), "kill " + kill + " after " + delay + " ms left neither site:\n"
                    + now.differences(showsFirst ? firstSite : secondSite));
            showsFirst = now.equals(firstSite);
            leftBehind = Math.max(leftBehind, besideOutput(output).size() - 1);
        }

        assertTrue(leftBehind > 0, "some kill left a staging folder behind, so the clean-up below is tested");
        build(showsFirst ? second : first, output, temp);
        assertEquals(showsFirst ? secondSite : firstSite, FolderSnapshot.of(output));
        assertEquals(List.of("site"), besideOutput(output), "no staging folder survives the next build (killed builds left up to "
                + leftBehind + ")");
    }

    private void build(Path content, Path output, Path temp) {
        ChildJvm.Result result = jvm.run(temp.resolve("err.txt"), "build", "--content", content.toString(), "--output", output.toString());
        assertEquals(0, result.status(), result.err());
    }

    private static List<String> besideOutput(Path output) throws IOException {
        try (Stream<Path> entries = Files.list(output.getParent())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
