package org.sitegen.cli;

import picocli.CommandLine.Option;

/** {@code --drafts} of {@code build} and {@code check}: drafts are left out unless it is given. */
final class DraftOption {
    @Option(names = "--drafts", description = "Publish drafts too.")
    boolean drafts;
}
