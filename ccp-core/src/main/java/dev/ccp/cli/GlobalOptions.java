package dev.ccp.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The options every command accepts (REFERENCE 1.1), parsed once.
 *
 * @param configFile {@code --config-file}, when given
 * @param debug      {@code --debug}: debug messages and stack traces
 * @param verbosity  1 by default, +1 per {@code -v}, 0 with {@code -q}
 * @param logFile    {@code --log-file}, when given
 */
public record GlobalOptions(Optional<Path> configFile, boolean debug, int verbosity, Optional<Path> logFile) {

    public static final String CONFIG_FILE = "config-file";
    public static final String DEBUG = "debug";
    public static final String VERBOSE = "verbose";
    public static final String QUIET = "quiet";
    public static final String LOG_FILE = "log-file";
    public static final String HELP = "help";
    public static final String VERSION = "version";

    public static GlobalOptions defaults() {
        return new GlobalOptions(Optional.empty(), false, 1, Optional.empty());
    }

    /** The options themselves, added to every command's parser. */
    public static Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt(CONFIG_FILE).hasArg().argName("PATH")
                .desc("config file (default: ~/.ccp.yaml, ~/.ccp/ccp.yaml, /etc/ccp.yaml, /etc/ccp/ccp.yaml)").get());
        options.addOption(Option.builder().longOpt(DEBUG).desc("show debug messages and stack traces").get());
        options.addOption(Option.builder("v").longOpt(VERBOSE).desc("more output (repeatable)").get());
        options.addOption(Option.builder("q").longOpt(QUIET).desc("only errors").get());
        options.addOption(Option.builder().longOpt(LOG_FILE).hasArg().argName("PATH").desc("also write messages to this file").get());
        options.addOption(Option.builder("h").longOpt(HELP).desc("show help").get());
        options.addOption(Option.builder().longOpt(VERSION).desc("print the ccp and DSL versions").get());
        return options;
    }

    /** Global options that take a value (needed to find the command word before parsing). */
    public static boolean takesValue(String token) {
        return token.equals("--" + CONFIG_FILE) || token.equals("--" + LOG_FILE);
    }
}
