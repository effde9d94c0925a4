package org.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;

/** A build that crashes (a defect of ours) does not end the preview: open pages are told and the loop waits on. */
class RebuildLoopTest {
    @TempDir
    Path folder;

    @Test
    void aCrashedBuildIsShownAndTheLoopGoesOn() throws Exception {
        Path watched = Files.createDirectories(folder.resolve("content"));
        List<RuntimeException> crashes = new CopyOnWriteArrayList<>();
        // no content folder at all: the builder fails with a NullPointerException, standing in for any defect
        BuildOptions broken = new BuildOptions(Path.of("."), null, folder.resolve("site"), false, "");
        try (PreviewServer server = new PreviewServer(folder.resolve("site"), 0); ChangeWatcher watcher = new ChangeWatcher(List.of(watched))) {
            server.start();
            RebuildLoop loop = new RebuildLoop(new SiteBuilder(true), broken, server, new RebuildLoop.Listener() {
                @Override
                public void built(BuildResult result, long millis, SiteBuilder builder) {
                }

                @Override
                public void crashed(RuntimeException e) {
                    crashes.add(e);
                }
            });
            Thread thread = new Thread(() -> {
                try {
                    loop.run(watcher);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.setDaemon(true);
            thread.start();
            for (int save = 1; save <= 2; save++) {
                Files.writeString(watched.resolve("a.md"), "save " + save);
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (crashes.size() < save && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertEquals(save, crashes.size(), "a crash per save, the loop still running");
            }
            assertTrue(thread.isAlive());
            assertEquals(List.of(RebuildLoop.crashLine(crashes.get(1))), server.state().errors());
            assertEquals("sitegen: internal error, please report it: " + crashes.get(1), RebuildLoop.crashLine(crashes.get(1)));
            assertTrue(crashes.get(1) instanceof NullPointerException, crashes.get(1).toString());
            thread.interrupt();
        }
    }
}
