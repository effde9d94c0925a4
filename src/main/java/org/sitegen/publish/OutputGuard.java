package org.sitegen.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may replace what is at its output path. Publishing replaces the whole folder, so it must
 * never be pointed at anything but a site an earlier build wrote (it carries the {@link OutputStamp}), an empty
 * folder or a path that does not exist yet: never a folder of other files, the content or project folders or a
 * folder holding them, the root folder, an empty value or a regular file.
 */
final class OutputGuard {

    /**
     * Why the build must not replace {@code output}, as the rest of the line {@code --output <path>: …}; empty when
     * it may.
     *
     * @param project the folder holding {@code templates/} and {@code assets/}
     * @param content the content folder
     */
    Optional<String> refusal(Path output, Path project, Path content) {
        if (output.toString().isEmpty()) {
            return Optional.of("empty value (an unset variable?); name the folder for the site, e.g. --output target/site");
        }
        Path folder;
        try {
            folder = OutputFolder.of(output);
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
        return rootOrFile(folder).or(() -> overlap(folder, project, content)).or(() -> notASite(folder));
    }

    /** The checks that need only the folder a build would replace (its symbolic links already followed). */
    Optional<String> refusalOf(Path folder) {
        return rootOrFile(folder).or(() -> notASite(folder));
    }

    private static Optional<String> rootOrFile(Path folder) {
        if (folder.getParent() == null) {
            return Optional.of("is the root folder; choose an empty or new folder");
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is a file, not a folder; choose an empty or new folder");
        }
        return Optional.empty();
    }

    private static Optional<String> notASite(Path folder) {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !OutputStamp.isOn(folder) && !isEmpty(folder)) {
            return Optional.of("not empty and not built by sitegen; choose an empty or new folder");
        }
        return Optional.empty();
    }

    private static Optional<String> overlap(Path folder, Path project, Path content) {
        Optional<Path> projectFolder = realFolder(project);
        Optional<Path> contentFolder = realFolder(content);
        if (projectFolder.isPresent()) {
            if (folder.equals(projectFolder.get())) {
                return Optional.of("is the project folder (the folder holding templates/); choose an empty or new folder");
            }
            if (projectFolder.get().startsWith(folder)) {
                return Optional.of("contains the project folder (" + shown(project) + "); choose an empty or new folder");
            }
        }
        if (contentFolder.isPresent()) {
            if (folder.equals(contentFolder.get())) {
                return Optional.of("is the content folder; choose an empty or new folder");
            }
            if (contentFolder.get().startsWith(folder)) {
                return Optional.of("contains the content folder (" + shown(content) + "); choose an empty or new folder");
            }
        }
        for (Path source : List.of(content, project.resolve("templates"), project.resolve("assets"))) {
            Optional<Path> real = realFolder(source);
            if (real.isPresent() && folder.startsWith(real.get())) {
                return Optional.of("is inside " + shown(source) + ", which the build reads; choose a folder outside it");
            }
        }
        return Optional.empty();
    }

    private static String shown(Path path) {
        String text = path.normalize().toString();
        return text.isEmpty() ? "." : text;
    }

    private static Optional<Path> realFolder(Path folder) {
        try {
            return Files.isDirectory(folder) ? Optional.of(folder.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
