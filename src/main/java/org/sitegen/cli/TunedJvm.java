package org.sitegen.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jar's launcher. {@code java -jar sitegen.jar …} starts a second JVM with the settings a short build on a small
 * machine wants, measured in the benchmark: only the first JIT tier (a build is over before the optimising compiler pays
 * back its compile time), the serial collector, and a class-data-sharing archive of the application's classes beside the
 * jar, which that JVM writes on the first run and maps on every later one. The user's own JVM options (e.g. {@code -Xmx})
 * are passed on. Set {@code SITEGEN_NO_RELAUNCH=1} to run in the first JVM instead.
 */
final class TunedJvm {
    private static final String MARKER = "sitegen.tuned";

    private TunedJvm() {
    }

    /** The jar this class was loaded from, when it runs from a jar and has not been relaunched already. */
    static Optional<Path> relaunchableJar() {
        if (System.getProperty(MARKER) != null || System.getenv("SITEGEN_NO_RELAUNCH") != null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(TunedJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") && Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Runs {@code args} in the tuned JVM and returns its exit status. */
    static int relaunch(Path jar, String[] args) {
        Path archive = jar.resolveSibling(jar.getFileName() + ".jsa");
        Path fresh = jar.resolveSibling(jar.getFileName() + ".jsa." + ProcessHandle.current().pid() + ".tmp");
        boolean usable = isNewer(archive, jar);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + MARKER + "=1");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        // the archive's own notes (classes it cannot hold) are not the editor's business; errors still reach stderr
        command.add("-Xlog:disable");
        command.add("-Xlog:all=error:stderr");
        boolean writeArchive = !usable && Files.isWritable(jar.getParent());
        if (usable) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (writeArchive) {
            command.add("-XX:ArchiveClassesAtExit=" + fresh);
        }
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            if (writeArchive && Files.isRegularFile(fresh)) {
                Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return status;
        } catch (IOException e) {
            return Main.run(args);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException e) {
                // a leftover temporary archive is harmless and replaced next time
            }
        }
    }

    private static boolean isNewer(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
