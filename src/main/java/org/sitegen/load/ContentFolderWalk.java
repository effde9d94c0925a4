package org.sitegen.load;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.DisplayPaths;

/**
 * Lists the content folder: every file is either content (a {@code .md} file), an image in {@code images/} (read
 * by the images stage), skipped quietly (dot-files and editors' backups, see {@link EditorFiles}) or reported. Symbolic links are followed while they stay inside
 * the folder; one that leaves it is an error, never silently read or skipped.
 */
public final class ContentFolderWalk {
    private ContentFolderWalk() {
    }

    /** The Markdown files under {@code root}, sorted; problems go to {@code diagnostics}. */
    public static List<Path> markdownFiles(Path root, Diagnostics diagnostics) {
        List<Path> files = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            diagnostics.error(DisplayPaths.of(root), 0, "cannot read the content folder: " + e.getMessage());
            return files;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return leavesFolder(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (EditorFiles.isIgnored(file) || leavesFolder(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile()) {
                        diagnostics.error(DisplayPaths.of(file), 0, "not a regular file: only Markdown files belong in the content folder");
                    } else if (file.getFileName().toString().endsWith(".md")) {
                        files.add(file);
                    } else if (ImageFiles.isImage(file.getFileName().toString())) {
                        if (!inImages(file)) {
                            diagnostics.error(DisplayPaths.of(file), 0, "images belong in content/images/: move it there and place it with "
                                    + "![what it shows](../images/" + file.getFileName() + ")");
                        }
                    } else if (inImages(file)) {
                        diagnostics.error(DisplayPaths.of(file), 0, "not an image: content/images/ holds "
                                + ImageFiles.EXTENSIONS.stream().sorted().map(e -> "." + e).collect(java.util.stream.Collectors.joining(", "))
                                + " files");
                    } else {
                        diagnostics.error(DisplayPaths.of(file), 0, "not a Markdown file: only .md files belong in the content folder");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        diagnostics.error(DisplayPaths.of(file), 0, "symbolic link loop: remove the link");
                    } else if (!EditorFiles.isIgnored(file)) {
                        diagnostics.error(DisplayPaths.of(file), 0, "cannot read: " + e.getMessage());
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** Whether the file lies in the images folder (read by the images stage, not here). */
                private boolean inImages(Path file) {
                    return root.relativize(file).startsWith(ImageFiles.FOLDER);
                }

                private boolean leavesFolder(Path path) {
                    if (!Files.isSymbolicLink(path)) {
                        return false;
                    }
                    try {
                        if (path.toRealPath().startsWith(realRoot)) {
                            return false;
                        }
                    } catch (IOException e) {
                        diagnostics.error(DisplayPaths.of(path), 0, "broken symbolic link: remove it or point it at a file in the content folder");
                        return true;
                    }
                    diagnostics.error(DisplayPaths.of(path), 0, "symbolic link to outside the content folder: copy the file into the folder instead");
                    return true;
                }
            });
        } catch (IOException e) {
            diagnostics.error(DisplayPaths.of(root), 0, "cannot read the content folder: " + e.getMessage());
        }
        files.sort(null);
        return files;
    }
}
