package dev.ccp.dsl.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Pod anti-affinity of a service ({@code service.antiAffinity}): within the namespace or cluster-wide. */
public enum AntiAffinity {
    LOCAL("local"),
    GLOBAL("global");

    private final String dslName;

    AntiAffinity(String dslName) {
        this.dslName = dslName;
    }

    /** The spelling used in service definitions. */
    public String dslName() {
        return dslName;
    }

    /** The constant spelled {@code dslName} in a definition, if any. */
    public static Optional<AntiAffinity> fromDsl(String dslName) {
        return Arrays.stream(values()).filter(v -> v.dslName.equals(dslName)).findFirst();
    }

    /** Every spelling, in declaration order (for messages). */
    public static List<String> dslNames() {
        return Arrays.stream(values()).map(AntiAffinity::dslName).toList();
    }
}
