package org.sitegen.model;

/** The site-wide medical disclaimer shown on every page: {@code content/medical-disclaimer.md}. */
public record MedicalDisclaimer(String path, String html) implements ContentDocument {
}
