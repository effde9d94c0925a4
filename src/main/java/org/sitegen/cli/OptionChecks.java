package org.sitegen.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.sitegen.publish.OutputPublisher;

/** Checks of option values that picocli's types cannot express; each failure is one {@link UsageError} line. */
final class OptionChecks {
    private OptionChecks() {
    }

    /**
     * {@code --base-url} is empty (not given) or an absolute http or https URL with a host, and without query, fragment
     * or user name and password (which every page would publish).
     */
    static void requireBaseUrl(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(baseUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageError("--base-url " + baseUrl + ": must be an absolute http or https URL, e.g. https://example.org/care/");
    }

    /** {@code --content ""} (usually an unset variable) would read the working folder as content. */
    static void requireContent(SiteOptions site) {
        if (site.content != null && site.content.toString().isEmpty()) {
            throw new UsageError("--content \"\": empty value (an unset variable?); name the content folder, e.g. --content content");
        }
    }

    /** The build may replace {@code --output} (see {@link OutputPublisher#refusal}). */
    static void requireOutput(Path output, SiteOptions site) {
        new OutputPublisher().refusal(output, site.project, site.contentFolder()).ifPresent(reason -> {
            String shown = output.toString().isEmpty() ? "\"\"" : output.toString();
            throw new UsageError("--output " + shown + ": " + reason);
        });
    }

    /** The date overdue reviews are judged against; a malformed {@code SOURCE_DATE_EPOCH} is a usage error. */
    static java.time.LocalDate today() {
        try {
            return org.sitegen.review.Today.fromEnvironment();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
