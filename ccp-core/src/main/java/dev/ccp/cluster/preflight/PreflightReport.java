package dev.ccp.cluster.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code ccp preflight} found: the API server and its version, the permission table, the
 * cluster nodes the topology's patterns match, and whether the image registry answers.
 *
 * @param registry empty when no registry is configured; else the answer of {@code /v2/}
 */
public record PreflightReport(String apiServer, Optional<String> version, List<PermissionRow> permissions,
        List<String> nodes, List<String> matchedNodes, Optional<RegistryAnswer> registry) {

    /** The registry's answer to {@code GET /v2/}. */
    public record RegistryAnswer(String url, boolean reachable, String detail) {
    }

    public PreflightReport {
        Objects.requireNonNull(apiServer, "apiServer");
        permissions = List.copyOf(permissions);
        nodes = List.copyOf(nodes);
        matchedNodes = List.copyOf(matchedNodes);
    }

    /** Problems that stop a deploy: permissions denied, no node matched. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        permissions.stream().filter(PermissionRow::anyDenied)
                .forEach(row -> failures.add("not allowed on " + row.resource() + ": " + row.allowed()));
        if (matchedNodes.isEmpty()) {
            failures.add("no node of the cluster (" + nodes.size() + ") matches a pattern of the topology's `nodes`");
        }
        return failures;
    }

    /** Things to know that do not stop a deploy. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (version.isEmpty()) {
            warnings.add("the API server did not say its version");
        }
        List<String> unknown = permissions.stream().filter(PermissionRow::anyUnknown).map(PermissionRow::resource).toList();
        if (!unknown.isEmpty()) {
            warnings.add("permissions unknown (the server answered SelfSubjectAccessReview without a status) for: "
                    + String.join(", ", unknown));
        }
        registry.filter(r -> !r.reachable())
                .ifPresent(r -> warnings.add("registry " + r.url() + " not reachable: " + r.detail()));
        return warnings;
    }

    /** The report as text: a header, the permission table, nodes and registry lines. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("API server: ").append(apiServer).append(" (version ").append(version.orElse("unknown")).append(")\n");
        int width = Math.max("resource".length(), permissions.stream().mapToInt(r -> r.resource().length()).max().orElse(0));
        int verbsWidth = Math.max("verbs".length(),
                permissions.stream().mapToInt(r -> String.join(",", r.verbs().keySet()).length()).max().orElse(0));
        String format = "%-" + width + "s  %-" + verbsWidth + "s  %s%n";
        out.append(String.format(format, "resource", "verbs", "allowed"));
        for (PermissionRow row : permissions) {
            out.append(String.format(format, row.resource(), String.join(",", row.verbs().keySet()), row.allowed()));
        }
        out.append("nodes: ").append(matchedNodes.size()).append(" of ").append(nodes.size())
                .append(" matched by the topology").append(matchedNodes.isEmpty() ? "" : " (" + String.join(", ", matchedNodes) + ")")
                .append('\n');
        out.append("registry: ").append(registry.map(r -> r.url() + " " + (r.reachable() ? "reachable" : "NOT reachable")
                + " (" + r.detail() + ")").orElse("none configured")).append('\n');
        return out.toString();
    }
}
