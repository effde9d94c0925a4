package org.sitegen.jbake;

import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
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
 * content store and rendering tool through its extension points, and runs its {@link Oven}.
 */
public final class JBakeBaker {
    private final ContentReader reader;
    /** OrientDB, which JBake starts, logs start-up and shutdown through JUL; editors need none of it. */
    private final java.util.logging.Logger orientLog = java.util.logging.Logger.getLogger("com.orientechnologies");

    public JBakeBaker(ContentReader reader) {
        this.reader = reader;
        orientLog.setLevel(java.util.logging.Level.OFF);
    }

    /**
     * Bakes {@code content} into {@code destination}.
     *
     * @return errors JBake itself reported (template or asset failures); content problems go to {@code diagnostics}
     */
    public List<Throwable> bake(Path project, Path content, Path destination, RenderStage stage, Diagnostics diagnostics) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), false);
        config.setContentFolder(content.toFile());
        config.setDestinationFolder(destination.toFile());
        Engines.register("md", new FrontMatterMarkdownEngine(reader, content, diagnostics));

        SiteContentStore store = new SiteContentStore(stage);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(new Asset(config));
        Oven oven = new Oven(utensils);
        oven.bake();
        return oven.getErrors();
    }
}
