package org.sitegen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}: placeholder replaced below. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Build, serve on 127.0.0.1 and rebuild on changes.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
