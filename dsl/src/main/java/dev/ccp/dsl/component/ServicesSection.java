package dev.ccp.dsl.component;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.service.ServiceProblem;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the loader needs from the configuration's {@code services} section (REFERENCE 2.6).
 *
 * @param aliases  {@code services.<alias>.service_def} by alias, sorted by alias
 * @param mappings {@code services.<svc>.mapping} by service, sorted by service
 * @param problems malformed entries (wrong types)
 */
public record ServicesSection(Map<String, String> aliases, Map<String, Map<String, String>> mappings,
        List<ServiceProblem> problems) {

    public static final ServicesSection EMPTY = new ServicesSection(Map.of(), Map.of(), List.of());

    public ServicesSection {
        aliases = Collections.unmodifiableMap(new TreeMap<>(aliases));
        Map<String, Map<String, String>> mappingCopy = new TreeMap<>();
        mappings.forEach((service, mapping) ->
                mappingCopy.put(service, Collections.unmodifiableMap(new LinkedHashMap<>(mapping))));
        mappings = Collections.unmodifiableMap(mappingCopy);
        problems = List.copyOf(problems);
    }

    /** Reads the section; {@code null} counts as empty. */
    public static ServicesSection parse(Map<String, ?> section) {
        if (section == null) {
            return EMPTY;
        }
        Map<String, String> aliases = new TreeMap<>();
        Map<String, Map<String, String>> mappings = new TreeMap<>();
        List<ServiceProblem> problems = new ArrayList<>();
        new TreeMap<>(section).forEach((service, entry) -> {
            KeyPath path = KeyPath.of("services").key(service);
            if (!(entry instanceof Map<?, ?> settings)) {
                if (entry != null) {
                    problems.add(problem(path,
                            PlainValues.expected("a mapping {service_def, mapping, configs}", entry)));
                }
                return;
            }
            if (settings.containsKey("service_def")) {
                if (settings.get("service_def") instanceof String base && !base.isBlank()) {
                    aliases.put(service, base);
                } else {
                    problems.add(problem(path.key("service_def"),
                            PlainValues.expected("a service name", settings.get("service_def"))));
                }
            }
            if (settings.get("mapping") != null) {
                mapping(settings.get("mapping"), path.key("mapping"), problems)
                        .ifPresent(mapping -> mappings.put(service, mapping));
            }
        });
        return new ServicesSection(aliases, mappings, problems);
    }

    private static Optional<Map<String, String>> mapping(Object value, KeyPath path,
            List<ServiceProblem> problems) {
        if (!(value instanceof Map<?, ?> raw)) {
            problems.add(problem(path, PlainValues.expected("a mapping of service names to service names", value)));
            return Optional.empty();
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        raw.forEach((from, to) -> {
            if (to instanceof String target && !target.isBlank()) {
                mapping.put(String.valueOf(from), target);
            } else {
                problems.add(problem(path.key(String.valueOf(from)), PlainValues.expected("a service name", to)));
            }
        });
        return Optional.of(mapping);
    }

    private static ServiceProblem problem(KeyPath path, String message) {
        return ServiceProblem.global(Problem.at(null, path.toString(), message));
    }
}
