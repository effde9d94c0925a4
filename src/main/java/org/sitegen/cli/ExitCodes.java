package org.sitegen.cli;

/** The exit statuses the commands return. */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
