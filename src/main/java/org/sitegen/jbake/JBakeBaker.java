package org.sitegen.jbake;

import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.load.ContentReader;

/**
 * The one entry into JBake: configures it from {@code jbake.properties}, plugs in our markup engine,
 * content store, crawler and rendering tool through its extension points, and runs its {@link Oven}.
 * One baker serves one content folder; kept across bakes (by the preview server) it re-reads only
 * the files that changed.
 */
public final class JBakeBaker {
    /** OrientDB, which JBake starts, logs start-up and shutdown through JUL; editors need none of it. */
    private final java.util.logging.Logger orientLog = java.util.logging.Logger.getLogger("com.orientechnologies");
    private final ContentReader reader;
    private final Path project;
    private final Path content;
    private final SiteContentStore store;
    private ContentCrawler crawler;

    public JBakeBaker(ContentReader reader, Path project, Path content) {
        this.reader = reader;
        this.project = project;
        this.content = content.toAbsolutePath().normalize();
        this.store = new SiteContentStore("sitegen-" + Integer.toHexString(System.identityHashCode(this)));
        orientLog.setLevel(java.util.logging.Level.OFF);
    }

    /**
     * Bakes the content into {@code destination}; content problems are added to {@code diagnostics}.
     *
     * @return errors JBake itself reported (template or asset failures)
     */
    public List<Throwable> bake(Path destination, RenderStage stage, Diagnostics diagnostics) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), false);
        config.setContentFolder(content.toFile());
        config.setDestinationFolder(destination.toFile());
        Engines.register("md", new FrontMatterMarkdownEngine(reader, content));
        if (crawler == null) {
            crawler = new ContentCrawler(store, config);
        }
        store.setStage((documents, unloaded, sink) -> {
            diagnostics.addAll(store.diagnostics());
            return stage.renderSite(documents, unloaded, sink);
        });
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(crawler);
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(new Asset(config));
        Oven oven = new Oven(utensils);
        oven.bake();
        return oven.getErrors();
    }

    /** Files read and parsed by the last bake. */
    public int parsedLastBake() {
        return crawler == null ? 0 : crawler.parsedLastCrawl();
    }
}
