package org.sitegen.jbake;

import java.nio.file.Path;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** JBake's configuration for one build: {@code jbake.properties} of the project, our content and output folders. */
public final class JBakeConfigurations {
    private JBakeConfigurations() {
    }

    public static DefaultJBakeConfiguration of(Path project, Path content, Path destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), false);
        config.setContentFolder(content.toAbsolutePath().normalize().toFile());
        config.setDestinationFolder(destination.toFile());
        return config;
    }
}
