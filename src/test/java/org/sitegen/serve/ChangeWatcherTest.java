package org.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher wakes the rebuild loop for content changes, and not for the files editors' tools write beside them. */
class ChangeWatcherTest {
    @TempDir
    Path folder;

    @Test
    void editorFilesAndDotFoldersAreNotChanges() {
        List<Path> roots = List.of(folder.resolve("content"), folder.resolve("templates"));
        for (String file : List.of("content/articles/a.md~", "content/articles/#a.md#", "content/articles/.a.md.swp",
                "content/.DS_Store", "content/.git/index", "templates/.layout.ftl.swx")) {
            assertTrue(ChangeWatcher.ignored(roots, folder.resolve(file)), file);
        }
        for (String file : List.of("content/articles/a.md", "content/images/pain-ladder.svg", "templates/layout.ftl")) {
            assertFalse(ChangeWatcher.ignored(roots, folder.resolve(file)), file);
        }
    }

    @Test
    void aSaveWakesTheLoopAndABackupDoesNot() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content/articles"));
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(folder.resolve("content")))) {
            CompletableFuture<java.util.Set<Path>> woken = CompletableFuture.supplyAsync(() -> {
                try {
                    return watcher.awaitChange(15);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return java.util.Set.of();
                }
            });
            Thread.sleep(300);
            Files.writeString(content.resolve("a.md~"), "backup");
            Files.writeString(content.resolve(".a.md.swp"), "swap");
            try {
                woken.get(1, TimeUnit.SECONDS);
                throw new AssertionError("an editor's backup woke the rebuild loop");
            } catch (TimeoutException expected) {
                // still waiting, as it should
            }
            Files.writeString(content.resolve("a.md"), "saved");
            org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(content.resolve("a.md")), woken.get(20, TimeUnit.SECONDS),
                    "the loop learns which file changed (the backups are not among them)");
            org.junit.jupiter.api.Assertions.assertFalse(watcher.hasPendingChange());
        }
    }
}
