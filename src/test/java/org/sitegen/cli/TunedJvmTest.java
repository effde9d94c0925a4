package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which class-data-sharing archive the launcher maps and writes for a command line. */
class TunedJvmTest {
    private static final Path JAR = Path.of("target", "sitegen.jar");

    @Test
    void eachWorkingCommandHasAnArchiveOfItsOwnBesideTheJar() {
        assertEquals(Optional.of(Path.of("target", "sitegen.jar.build.jsa")),
                TunedJvm.archiveFor(JAR, new String[] {"build", "--content", "c", "--output", "o"}));
        assertEquals(Optional.of(Path.of("target", "sitegen.jar.check.jsa")), TunedJvm.archiveFor(JAR, new String[] {"check", "--links"}));
        assertTrue(TunedJvm.writesArchive(new String[] {"build", "--content", "c"}));
    }

    @Test
    void serveMapsTheBuildsArchiveAndWritesNone() {
        assertEquals(Optional.of(Path.of("target", "sitegen.jar.build.jsa")), TunedJvm.archiveFor(JAR, new String[] {"serve", "--port", "0"}));
        assertFalse(TunedJvm.writesArchive(new String[] {"serve"}));
    }

    @Test
    void helpAndVersionNeitherMapNorWriteTheArchiveOfABuild() {
        assertEquals(Optional.empty(), TunedJvm.archiveFor(JAR, new String[] {"--help"}));
        assertEquals(Optional.empty(), TunedJvm.archiveFor(JAR, new String[] {"-V"}));
        assertEquals(Optional.empty(), TunedJvm.archiveFor(JAR, new String[] {}));
        assertFalse(TunedJvm.writesArchive(new String[] {"--help"}));
        assertFalse(TunedJvm.writesArchive(new String[] {"build", "--help"}));
        assertFalse(TunedJvm.writesArchive(new String[] {"bulid"}));
    }
}
