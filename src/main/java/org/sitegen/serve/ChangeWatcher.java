package org.sitegen.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Watches the content, templates and assets folders and remembers that something changed. */
public final class ChangeWatcher implements AutoCloseable {
    private final DirectoryWatcher watcher;
    private final AtomicBoolean changed = new AtomicBoolean();

    public ChangeWatcher(List<Path> folders) throws IOException {
        watcher = DirectoryWatcher.builder()
                .paths(folders.stream().filter(Files::isDirectory).toList())
                .fileHashing(false)
                .listener(event -> changed.set(true))
                .build();
        watcher.watchAsync();
    }

    /** Whether anything changed since the last call. */
    public boolean takeChange() {
        return changed.getAndSet(false);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
