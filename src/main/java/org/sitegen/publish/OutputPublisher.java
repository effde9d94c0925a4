package org.sitegen.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Builds happen in a staging folder beside the output; only a build that succeeded replaces the output, so readers
 * and editors never see a half-written or failed site. The staged site is stamped ({@link OutputStamp}), given
 * web-readable permissions and exchanged with the previous site in one step ({@link RenameExchange}), so the output
 * path never goes missing; where the system cannot exchange folders, two renames replace it. When the output path is
 * a symbolic link, the folder it points to is replaced and the link stays. Work folders left by killed builds are
 * removed by the next one.
 */
public final class OutputPublisher {
    private final OutputGuard guard = new OutputGuard();
    private final RenameExchange exchange = new RenameExchange();
    /** Deletes replaced sites in the background (the preview's), or null: replaced sites are deleted before publish returns. */
    private final java.util.concurrent.ExecutorService cleaner;

    /** A publisher that deletes the replaced site before {@link #publish} returns (one-off builds). */
    public OutputPublisher() {
        this(false);
    }

    /**
     * @param cleanInBackground whether the replaced site is deleted on a background thread, so that publishing a large
     *                          site takes no longer than exchanging two folders (the preview, which publishes often)
     */
    public OutputPublisher(boolean cleanInBackground) {
        // one daemon thread at most, ended after a second without work
        this.cleaner = cleanInBackground ? new java.util.concurrent.ThreadPoolExecutor(0, 1, 1, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "sitegen-cleaner");
                    thread.setDaemon(true);
                    return thread;
                }) : null;
    }

    /**
     * Why a build must not replace {@code output} (the rest of the line {@code --output <path>: …}); empty when it
     * may. The command line asks before building; {@link #publish} checks again.
     *
     * @param project the folder holding {@code templates/} and {@code assets/}
     * @param content the content folder
     */
    public Optional<String> refusal(Path output, Path project, Path content) {
        return guard.refusal(output, project, content);
    }

    /**
     * A fresh staging folder on the same file system as the folder {@code output} names, after removing the work
     * folders that killed builds left beside it.
     */
    public Path stage(Path output) throws IOException {
        Path folder = OutputFolder.of(output);
        if (folder.getParent() == null) {
            throw new IOException("the root folder cannot be the output");
        }
        Files.createDirectories(folder.getParent());
        removeLeftovers(folder);
        Path link = output.toAbsolutePath().normalize();
        if (!link.equals(folder) && link.getParent() != null) {
            removeLeftovers(link); // where versions before the stamp staged beside a symbolic link
        }
        return StagingFolders.createStaging(folder);
    }

    /** A fresh, empty work folder beside the output, for {@link #publishFiles}. */
    public Path scratch(Path output) throws IOException {
        Path folder = OutputFolder.of(output);
        return StagingFolders.createStaging(folder);
    }

    /**
     * Moves the files {@code written} (output-relative paths) from {@code scratch} into the published output, each
     * replacing its previous version in one rename (the preview's rebuild of one edited page: the rest of the
     * published site stays as it is).
     */
    public void publishFiles(Path scratch, java.util.List<String> written, Path output) throws IOException {
        Path folder = OutputFolder.of(output);
        Optional<String> refusal = guard.refusalOf(folder);
        if (refusal.isPresent()) {
            throw new IOException(refusal.get());
        }
        new WebPermissions(Umask.current()).apply(scratch);
        for (String relative : written) {
            Path target = folder.resolve(relative).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("not inside the output: " + relative);
            }
            Files.createDirectories(target.getParent());
            move(scratch.resolve(relative), target);
        }
    }

    /** Replaces the folder {@code output} names with {@code staging}, which is gone afterwards. */
    public void publish(Path staging, Path output) throws IOException {
        Path folder = OutputFolder.of(output);
        Optional<String> refusal = guard.refusalOf(folder);
        if (refusal.isPresent()) {
            throw new IOException(refusal.get());
        }
        OutputStamp.writeInto(staging);
        new WebPermissions(Umask.current()).apply(staging);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, folder);
        } else if (exchange.exchange(staging, folder)) {
            discardReplaced(staging); // now the previous site
        } else {
            replaceByRenaming(staging, folder);
        }
    }

    /** Without an exchange: the previous site is renamed aside, the new one into place, and the previous one deleted. */
    private void replaceByRenaming(Path staging, Path folder) throws IOException {
        Path old = StagingFolders.newOld(folder);
        move(folder, old);
        try {
            move(staging, folder);
        } catch (IOException e) {
            move(old, folder); // put the previous site back
            throw e;
        }
        discardReplaced(old);
    }

    /** Waits until the replaced sites handed to the background cleaner are deleted (tests; a preview shutting down). */
    public void awaitCleaning() throws InterruptedException {
        if (cleaner != null) {
            try {
                cleaner.submit(() -> { }).get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private void discardReplaced(Path previous) {
        if (cleaner == null) {
            discardQuietly(previous);
            return;
        }
        // named with this process's id, it is no leftover to the next build's clean-up while this process runs
        cleaner.execute(() -> discardQuietly(previous));
    }


    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private void removeLeftovers(Path folder) throws IOException {
        for (Path leftover : StagingFolders.leftoversBeside(folder)) {
            discardQuietly(leftover);
        }
    }

    private void discardQuietly(Path folder) {
        try {
            discard(folder);
        } catch (UncheckedIOException e) {
            // the new site is in place; the next build removes what is left of this folder
        }
    }

    /** Deletes a folder tree (a failed staging folder or the previous output); symbolic links in it are not followed. */
    public void discard(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
