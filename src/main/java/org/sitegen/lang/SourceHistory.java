package org.sitegen.lang;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The history of source files when the content folder is (inside) a Git repository, read with JGit: which version
 * of a source a translation was made from (the commit whose copy of the file has the translation's fingerprint),
 * and what changed in it since.
 */
public final class SourceHistory implements AutoCloseable {
    private final Repository repository;

    private SourceHistory(Repository repository) {
        this.repository = repository;
    }

    /** The repository holding {@code folder}, or empty when it is not in one. */
    public static Optional<SourceHistory> of(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repository = builder.build();
            if (repository.resolve("HEAD") == null) {
                repository.close();
                return Optional.empty();
            }
            return Optional.of(new SourceHistory(repository));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A version of a file in the history. */
    public record Version(String commit, String text) {
    }

    /** The newest committed version of {@code file} whose fingerprint is {@code fingerprint}. */
    public Optional<Version> versionWithFingerprint(Path file, String fingerprint) throws IOException {
        String path = repositoryPath(file);
        try (Git git = new Git(repository)) {
            for (RevCommit commit : git.log().addPath(path).call()) {
                try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
                    if (walk == null) {
                        continue;
                    }
                    byte[] bytes = repository.open(walk.getObjectId(0)).getBytes();
                    if (Fingerprint.of(bytes).equals(fingerprint)) {
                        return Optional.of(new Version(commit.getId().abbreviate(12).name(), normalised(bytes)));
                    }
                }
            }
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
        return Optional.empty();
    }

    /** A unified diff (three lines of context) from {@code old} to the file as it is now, without the file header. */
    public static String diff(String old, Path file) throws IOException {
        RawText a = new RawText(old.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(normalised(Files.readAllBytes(file)).getBytes(StandardCharsets.UTF_8));
        EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setContext(3);
            formatter.format(edits, a, b);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private String repositoryPath(Path file) throws IOException {
        Path root = repository.getWorkTree().toPath().toRealPath();
        return root.relativize(file.toRealPath()).toString().replace('\\', '/');
    }

    private static String normalised(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    }

    @Override
    public void close() {
        repository.close();
    }
}
