package org.sitegen.cli;

/** A command-line value a command refuses before doing anything: printed as one line {@code error: …}, exit status 2. */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message, null, false, false);
    }
}
