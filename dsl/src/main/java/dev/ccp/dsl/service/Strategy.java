package dev.ccp.dsl.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How pods of a service are replaced ({@code service.strategy}). */
public enum Strategy {
    ROLLING_UPDATE("RollingUpdate"),
    RECREATE("Recreate");

    private final String dslName;

    Strategy(String dslName) {
        this.dslName = dslName;
    }

    /** The spelling used in service definitions. */
    public String dslName() {
        return dslName;
    }

    /** The constant spelled {@code dslName} in a definition, if any. */
    public static Optional<Strategy> fromDsl(String dslName) {
        return Arrays.stream(values()).filter(v -> v.dslName.equals(dslName)).findFirst();
    }

    /** Every spelling, in declaration order (for messages). */
    public static List<String> dslNames() {
        return Arrays.stream(values()).map(Strategy::dslName).toList();
    }
}
