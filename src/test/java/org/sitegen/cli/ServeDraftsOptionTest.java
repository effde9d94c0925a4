package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} shows drafts unless {@code --no-drafts}; {@code build} and {@code check} leave them out unless {@code --drafts}. */
class ServeDraftsOptionTest {
    @Test
    void serveShowsDraftsByDefault() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertTrue(serve.drafts);
        ServeCommand hidden = new ServeCommand();
        new CommandLine(hidden).parseArgs("--no-drafts");
        assertFalse(hidden.drafts);
    }

    @Test
    void buildAndCheckLeaveDraftsOutByDefault() {
        BuildCommand build = new BuildCommand();
        new CommandLine(build).parseArgs();
        assertFalse(build.drafts.drafts);
        BuildCommand withDrafts = new BuildCommand();
        new CommandLine(withDrafts).parseArgs("--drafts");
        assertTrue(withDrafts.drafts.drafts);
        CheckCommand check = new CheckCommand();
        new CommandLine(check).parseArgs();
        assertFalse(check.drafts.drafts);
    }
}
