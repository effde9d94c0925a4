package org.sitegen.model;

import java.util.ArrayDeque;

/** The one path normaliser: source links between content files and links between output pages both use it. */
public final class RelativePaths {
    private RelativePaths() {
    }

    /**
     * Collapses {@code .}, {@code ..} and empty segments of a '/'-separated path; every {@code ..} that climbs
     * above the start stays as a leading {@code ../}, so a result starting with {@code ../} left its root.
     * A trailing '/' (a folder) is kept.
     */
    public static String normalize(String path) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        StringBuilder escaped = new StringBuilder();
        String[] segments = path.split("/", -1);
        boolean folder = false;
        for (int i = 0; i < segments.length; i++) {
            String part = segments[i];
            boolean last = i == segments.length - 1;
            if (part.isEmpty() || part.equals(".")) {
                folder = last && i > 0;
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    escaped.append("../");
                } else {
                    parts.removeLast();
                }
                folder = last;
            } else {
                parts.addLast(part);
                folder = false;
            }
        }
        String joined = String.join("/", parts);
        return escaped + joined + (folder && !joined.isEmpty() ? "/" : "");
    }

    /** The path {@code href} (relative, without fragment or query) points to from the file {@code from}. */
    public static String resolve(String from, String href) {
        int slash = from.lastIndexOf('/');
        String base = slash >= 0 ? from.substring(0, slash + 1) : "";
        return normalize(base + href);
    }
}
