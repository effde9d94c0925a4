package org.sitegen.load;

import java.util.Optional;

/** What a content file is, decided by where it lives under {@code content/}. */
public enum DocumentKind {
    ARTICLE("articles"),
    FAQ("faq"),
    GLOSSARY("glossary"),
    REGION("regions"),
    PRODUCT("products"),
    SITE_PAGE("pages"),
    MEDICAL_DISCLAIMER(""),
    SITE("");

    public static final String MEDICAL_DISCLAIMER_FILE = "medical-disclaimer.md";
    public static final String SITE_FILE = "site.md";

    private final String folder;

    DocumentKind(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    /** The JBake document type used for this kind. */
    public String jbakeType() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<DocumentKind> ofJbakeType(String type) {
        for (DocumentKind kind : values()) {
            if (kind.jbakeType().equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind of the file at {@code relative} (path inside the content folder, '/'-separated). */
    public static Optional<DocumentKind> of(String relative) {
        if (relative.equals(MEDICAL_DISCLAIMER_FILE) || relative.matches("medical-disclaimer\\.[a-z]{2,3}\\.md")) {
            return Optional.of(MEDICAL_DISCLAIMER);
        }
        if (relative.equals(SITE_FILE) || relative.matches("site\\.[a-z]{2,3}\\.md")) {
            return Optional.of(SITE);
        }
        int slash = relative.indexOf('/');
        if (slash < 0 || relative.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        String folder = relative.substring(0, slash);
        for (DocumentKind kind : values()) {
            if (!kind.folder.isEmpty() && kind.folder.equals(folder)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
