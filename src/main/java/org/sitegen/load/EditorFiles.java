package org.sitegen.load;

import java.nio.file.Path;

/** Files that editors' tools leave beside content (backups, swap files, dot-files): skipped quietly, never published. */
public final class EditorFiles {
    private EditorFiles() {
    }

    public static boolean isIgnored(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return n.startsWith(".") || n.endsWith("~") || (n.startsWith("#") && n.endsWith("#") && n.length() > 1)
                || n.endsWith(".swp") || n.endsWith(".swx");
    }
}
