package org.sitegen.jbake;

import org.jbake.parser.Engines;
import org.sitegen.load.ContentReader;
import org.sitegen.load.FrontMatterSchema;
import org.sitegen.markdown.MarkdownConverter;

/**
 * Registers our markup engine in JBake's JVM-wide registry exactly once, when this class is first used
 * (class initialisation runs once and is thread-safe). The engine is stateless, so one serves every build.
 */
final class MarkdownEngineRegistration {
    static {
        Engines.register("md", new FrontMatterMarkdownEngine(
                new ContentReader(new FrontMatterSchema(), new MarkdownConverter(org.sitegen.sanitize.HtmlAllowlist.article()))));
    }

    private MarkdownEngineRegistration() {
    }

    /** Makes sure the registration has happened. */
    static void ensure() {
        // the static initialiser does the work
    }
}
