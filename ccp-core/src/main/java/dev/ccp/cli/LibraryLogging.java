package dev.ccp.cli;

/**
 * Sets the level of the libraries' own logging (slf4j-simple) from the global options. Must run
 * before the first library logger is created.
 */
final class LibraryLogging {

    private LibraryLogging() {
    }

    static void configure(GlobalOptions global) {
        String level;
        if (global.debug()) {
            level = "debug";
        } else if (global.verbosity() >= 2) {
            level = "info";
        } else if (global.verbosity() == 0) {
            level = "error";
        } else {
            level = "warn";
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }
}
