package org.sitegen.bench;

import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a {@link StockJBakeProject} with stock JBake 2.7.0 ({@code Oven}, its OrientDB store and its Markdown engine),
 * in its own JVM, for the benchmark's comparison. Exit status 1 when JBake reports errors.
 */
public final class StockJBakeRun {
    private StockJBakeRun() {
    }

    public static void main(String[] args) throws Exception {
        File project = new File(args[0]);
        File output = new File(args[1]);
        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project, output, true));
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(e -> System.err.println(e));
            System.exit(1);
        }
        System.exit(0);
    }
}
