package dev.ccp.dsl.service;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that each definition's {@code dsl_version} is one this tool understands: not newer than
 * the tool's and with the same major part. Reads only {@code dsl_version}, so it works on
 * definitions that are otherwise broken, and runs before the schema validation (a definition
 * written for a newer DSL would otherwise show confusing schema errors).
 */
public final class DslVersionGate {

    private static final String KEY = "dsl_version";

    private final DslVersion toolVersion;

    public DslVersionGate(DslVersion toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** The gate for {@link DslVersion#CURRENT}. */
    public static DslVersionGate current() {
        return new DslVersionGate(DslVersion.CURRENT);
    }

    /** The problem with {@code definition}'s version, if any. */
    public Optional<Problem> check(RawDefinition definition) {
        String file = definition.file();
        if (!(definition.document() instanceof Map<?, ?> root)) {
            return Optional.of(Problem.at(file, "",
                    PlainValues.expected("a mapping with dsl_version and service", definition.document())));
        }
        if (!root.containsKey(KEY)) {
            return Optional.of(Problem.at(file, "", "missing required key '" + KEY + "' (expected a version X.Y or X.Y.Z)"));
        }
        Object raw = root.get(KEY);
        Optional<DslVersion> parsed = raw instanceof String text ? DslVersion.tryParse(text) : Optional.empty();
        if (parsed.isEmpty()) {
            String hint = raw instanceof Number ? " (write it quoted, e.g. '0.9.0')" : "";
            return Optional.of(Problem.at(file, KEY,
                    PlainValues.expected("a version X.Y or X.Y.Z", raw) + hint));
        }
        DslVersion version = parsed.get();
        if (version.isNewerThan(toolVersion)) {
            return Optional.of(Problem.at(file, KEY,
                    "service version (" + version + ") greater than parser version (" + toolVersion + ")"));
        }
        if (version.major() != toolVersion.major()) {
            return Optional.of(Problem.at(file, KEY,
                    "major versions of service (" + version + ") and parser (" + toolVersion + ") are not equal"));
        }
        return Optional.empty();
    }

    /** The problems of all {@code definitions}, each tied to its service. */
    public List<ServiceProblem> check(Collection<RawDefinition> definitions) {
        List<ServiceProblem> problems = new ArrayList<>();
        for (RawDefinition definition : definitions) {
            check(definition).ifPresent(problem -> problems.add(new ServiceProblem(definition.serviceName(), problem)));
        }
        return problems;
    }

    /**
     * Throws when any definition has an incompatible or malformed version:
     * {@code The following services have incompatible versions: a, b} plus one problem each.
     */
    public void require(Collection<RawDefinition> definitions) {
        Set<String> names = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (RawDefinition definition : definitions) {
            check(definition).ifPresent(problem -> {
                names.add(definition.serviceName() != null ? definition.serviceName() : definition.file());
                problems.add(problem);
            });
        }
        InvalidInputException.throwIfAny(
                "The following services have incompatible versions: " + String.join(", ", names), problems);
    }
}
