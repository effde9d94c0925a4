package org.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.TestContent;

/**
 * The one test that builds the project's live {@code content/} folder: it must build without errors or warnings,
 * audit included. Every other test builds fixtures (the sample site's frozen copy is {@link TestContent#CONTENT}),
 * so editors can add ordinary content without breaking tests.
 */
class LiveContentTest {
    @TempDir
    Path temp;

    @Test
    void theContentFolderBuildsCleanAndPassesTheAudit() {
        BuildResult result = new SiteBuilder().build(new BuildOptions(TestContent.PROJECT, TestContent.LIVE_CONTENT, temp.resolve("site"), false, ""),
                true);
        assertEquals(List.of(), result.diagnostics().all().stream().map(Diagnostic::format).toList());
        assertTrue(result.ok());
        assertTrue(result.stageTimes().containsKey("audit"), "the audit ran: " + result.stageTimes().keySet());
    }
}
