package dev.ccp.dsl.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a probe checks a container: a bare command string (readiness only), an exec probe or an HTTP GET probe. */
public enum ProbeType {
    COMMAND("command"),
    EXEC("exec"),
    HTTP_GET("httpGet");

    private final String dslName;

    ProbeType(String dslName) {
        this.dslName = dslName;
    }

    /** The spelling used in service definitions. */
    public String dslName() {
        return dslName;
    }

    /** The constant spelled {@code dslName} in a definition, if any. */
    public static Optional<ProbeType> fromDsl(String dslName) {
        return Arrays.stream(values()).filter(v -> v.dslName.equals(dslName)).findFirst();
    }

    /** Every spelling, in declaration order (for messages). */
    public static List<String> dslNames() {
        return Arrays.stream(values()).map(ProbeType::dslName).toList();
    }
}
