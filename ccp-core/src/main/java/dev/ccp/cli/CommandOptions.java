package dev.ccp.cli;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Options shared by several commands, defined once. */
public final class CommandOptions {

    public static final String COMPONENTS = "components";

    private CommandOptions() {
    }

    /** {@code -c/--components C [C ...]}: as the original, the last occurrence wins. */
    public static Option components() {
        return Option.builder("c").longOpt(COMPONENTS).hasArgs().argName("COMPONENT")
                .desc("limit to these components (one or more names)").get();
    }

    /**
     * The values of the last occurrence of a multi-value option ({@code -c a b -c c} gives
     * {@code [c]}, argparse's {@code nargs='+'} without append), or an empty list.
     */
    public static List<String> lastValues(CommandLine line, String longName) {
        List<String> last = List.of();
        for (Option option : line.getOptions()) {
            if (longName.equals(option.getLongOpt())) {
                last = option.getValuesList();
            }
        }
        return List.copyOf(last);
    }

    public static Options of(Option... options) {
        Options result = new Options();
        for (Option option : options) {
            result.addOption(option);
        }
        return result;
    }

    public static Option flag(String shortName, String longName, String description) {
        return Option.builder(shortName).longOpt(longName).desc(description).get();
    }

    public static Option valued(String shortName, String longName, String argName, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(argName).desc(description).get();
    }
}
