package org.sitegen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.jbake.ContentLoader;
import org.sitegen.jbake.JBakeConfigurations;
import org.sitegen.lang.TranslationReport;
import org.sitegen.lang.TranslationStamp;
import org.sitegen.lang.Translations;
import org.sitegen.load.LoadedContent;
import org.sitegen.load.SiteAssembler;
import org.sitegen.model.SiteContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code translations}: every translation as current, outdated or missing per language, with the fingerprint to stamp
 * (and, in a Git repository, what changed in the source since); {@code --stamp FILE} writes the fingerprint.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "List translations as current, outdated or missing; --stamp FILE marks a translation as up to date.")
final class TranslationsCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--stamp", paramLabel = "FILE", description = "Write the source's current fingerprint into this translation.")
    Path stamp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (stamp != null) {
            try {
                String fingerprint = TranslationStamp.stamp(stamp);
                out.println(stamp + ": translated_from " + fingerprint + " (" + TranslationStamp.sourceOf(stamp) + ")");
                out.flush();
                return ExitCodes.OK;
            } catch (TranslationStamp.StampError e) {
                throw new UsageError(e.getMessage());
            }
        }
        Path content = site.contentFolder();
        if (!Files.isDirectory(content)) {
            throw new UsageError("--content " + content + ": folder not found");
        }
        Path scratch = Files.createTempDirectory("sitegen-translations-");
        try {
            LoadedContent loaded = new ContentLoader().load(JBakeConfigurations.of(site.project, content, scratch));
            Diagnostics diagnostics = new Diagnostics();
            diagnostics.addAll(loaded.diagnostics());
            SiteContent assembled = SiteAssembler.assemble(loaded.records(), content, diagnostics);
            Translations translations = Translations.collect(loaded.records(), assembled, content, true, diagnostics);
            new TranslationReport(assembled, translations, content).print(out);
            for (Diagnostic d : diagnostics.all()) {
                err.println(d.format());
            }
            err.flush();
            return diagnostics.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
