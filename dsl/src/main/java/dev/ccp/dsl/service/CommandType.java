package dev.ccp.dsl.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a command runs: inside the service's container ({@code local}) or once per deployment as a Job ({@code single}). */
public enum CommandType {
    LOCAL("local"),
    SINGLE("single");

    private final String dslName;

    CommandType(String dslName) {
        this.dslName = dslName;
    }

    /** The spelling used in service definitions. */
    public String dslName() {
        return dslName;
    }

    /** The constant spelled {@code dslName} in a definition, if any. */
    public static Optional<CommandType> fromDsl(String dslName) {
        return Arrays.stream(values()).filter(v -> v.dslName.equals(dslName)).findFirst();
    }

    /** Every spelling, in declaration order (for messages). */
    public static List<String> dslNames() {
        return Arrays.stream(values()).map(CommandType::dslName).toList();
    }
}
