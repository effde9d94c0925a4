package org.sitegen.publish;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Gives a published tree the permissions a web server can read: folders 0755 and files 0644, less what the umask
 * takes away. Java creates temporary folders 0700, and files copied from elsewhere keep their own modes.
 */
final class WebPermissions {
    private final Set<PosixFilePermission> folders;
    private final Set<PosixFilePermission> files;

    WebPermissions(int umask) {
        this.folders = PosixFilePermissions.fromString(symbolic(0755 & ~umask));
        this.files = PosixFilePermissions.fromString(symbolic(0644 & ~umask));
    }

    Set<PosixFilePermission> folders() {
        return folders;
    }

    Set<PosixFilePermission> files() {
        return files;
    }

    /** Applies the modes to {@code root} and everything in it; symbolic links are left alone. */
    void apply(Path root) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                set(dir, folders);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    set(file, files);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void set(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static String symbolic(int mode) {
        StringBuilder text = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = (mode >> shift) & 7;
            text.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return text.toString();
    }
}
