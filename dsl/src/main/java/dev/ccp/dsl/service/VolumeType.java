package dev.ccp.dsl.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kind of a container volume. */
public enum VolumeType {
    HOST("host"),
    EMPTY_DIR("empty-dir");

    private final String dslName;

    VolumeType(String dslName) {
        this.dslName = dslName;
    }

    /** The spelling used in service definitions. */
    public String dslName() {
        return dslName;
    }

    /** The constant spelled {@code dslName} in a definition, if any. */
    public static Optional<VolumeType> fromDsl(String dslName) {
        return Arrays.stream(values()).filter(v -> v.dslName.equals(dslName)).findFirst();
    }

    /** Every spelling, in declaration order (for messages). */
    public static List<String> dslNames() {
        return Arrays.stream(values()).map(VolumeType::dslName).toList();
    }
}
