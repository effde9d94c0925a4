package org.sitegen.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The jar's launcher. {@code java -jar sitegen.jar …} starts a second JVM with the settings a short build on a small
 * machine wants, measured in the benchmark: only the first JIT tier (a build is over before the optimising compiler pays
 * back its compile time), the serial collector, and a class-data-sharing archive of the classes a command loads, beside
 * the jar ({@code sitegen.jar.build.jsa}), which the first successful run of that command writes and every later one
 * maps. {@code --help} or a failed run writes none (an archive of the few classes they load would make every later
 * build load the rest from the jar); {@code serve} maps the build's archive. The user's own JVM options (e.g.
 * {@code -Xmx}) are passed on. Set {@code SITEGEN_NO_RELAUNCH=1} to run in the first JVM instead.
 */
final class TunedJvm {
    private static final String MARKER = "sitegen.tuned";
    /** The commands that write an archive of their own; {@code serve} is ended by a signal, so it maps the build's. */
    private static final Set<String> ARCHIVED = Set.of("build", "check", "diff", "translations");
    /** Options with which a command only prints its usage or version, loading few classes. */
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

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
        Optional<Path> archive = archiveFor(jar, args);
        Path fresh = jar.resolveSibling(jar.getFileName() + ".jsa." + ProcessHandle.current().pid() + ".tmp");
        boolean usable = archive.isPresent() && isNewer(archive.get(), jar);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + MARKER + "=1");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        // the archive's own notes (classes it cannot hold) are not the editor's business; errors still reach stderr
        command.add("-Xlog:disable");
        command.add("-Xlog:all=error:stderr");
        boolean writeArchive = !usable && writesArchive(args) && Files.isWritable(jar.getParent());
        if (usable) {
            command.add("-XX:SharedArchiveFile=" + archive.get());
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
            if (writeArchive && status == ExitCodes.OK && Files.isRegularFile(fresh)) {
                Files.move(fresh, archive.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

    /** The archive of the classes the command of {@code args} loads, beside the jar; none for no command or an unknown one. */
    static Optional<Path> archiveFor(Path jar, String[] args) {
        String command = command(args);
        String archived = command.equals("serve") ? "build" : command;
        return ARCHIVED.contains(archived) ? Optional.of(jar.resolveSibling(jar.getFileName() + "." + archived + ".jsa")) : Optional.empty();
    }

    /** Whether a successful run of {@code args} writes its command's archive (when there is none yet). */
    static boolean writesArchive(String[] args) {
        return ARCHIVED.contains(command(args)) && Arrays.stream(args).noneMatch(HELP::contains);
    }

    private static String command(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    }

    private static boolean isNewer(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
