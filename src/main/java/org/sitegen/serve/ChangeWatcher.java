package org.sitegen.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sitegen.load.EditorFiles;

/**
 * Watches the content, templates and assets folders and wakes the rebuild loop on a change. Files that editors'
 * tools leave beside content (backups, swap and lock files, dot-files, see {@link EditorFiles}) are not changes.
 */
public final class ChangeWatcher implements AutoCloseable {
    private final DirectoryWatcher watcher;
    private final Semaphore changes = new Semaphore(0);
    private final Set<Path> changed = ConcurrentHashMap.newKeySet();

    public ChangeWatcher(List<Path> folders) throws IOException {
        List<Path> roots = folders.stream().filter(Files::isDirectory).toList();
        watcher = DirectoryWatcher.builder()
                .paths(roots)
                .fileHashing(false)
                .listener(event -> {
                    if (event.path() == null) {
                        changed.addAll(roots); // events were lost: anything may have changed
                        changes.release();
                    } else if (!ignored(roots, event.path())) {
                        changed.add(event.path());
                        changes.release();
                    }
                })
                .build();
        watcher.watchAsync();
    }

    /** Whether {@code file} is an editor's file, or lies in a dot-folder, under one of the watched folders. */
    static boolean ignored(List<Path> roots, Path file) {
        for (Path root : roots) {
            if (file.startsWith(root)) {
                for (Path part : root.relativize(file)) {
                    if (EditorFiles.isIgnored(part)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return EditorFiles.isIgnored(file);
    }

    /**
     * Waits for a change, then until no further change came for {@code quietMillis} (a save is often several
     * events: write, rename, attributes), and returns the files that changed (a watched folder itself when events
     * were lost).
     */
    public Set<Path> awaitChange(long quietMillis) throws InterruptedException {
        changes.acquire();
        do {
            changes.drainPermits();
        } while (changes.tryAcquire(quietMillis, TimeUnit.MILLISECONDS));
        Set<Path> files = new TreeSet<>();
        for (Path file : List.copyOf(changed)) {
            changed.remove(file);
            files.add(file);
        }
        return files;
    }

    /** Whether a change came since the last {@link #awaitChange} returned (a running rebuild is then out of date). */
    public boolean hasPendingChange() {
        return changes.availablePermits() > 0;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
