package dev.ccp.cluster.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code ccp preflight} found: the API server and its version, the permission table, the
 * cluster nodes the topology's patterns match, whether the image registry answers and whether it
 * holds the images the deploy will use.
 *
 * @param registry empty when no registry is configured; else the answer of {@code /v2/}
 * @param images   the registry's answer per image; empty when not asked
 */
public record PreflightReport(String apiServer, Optional<String> version, List<PermissionRow> permissions,
        List<String> nodes, List<String> matchedNodes, Optional<RegistryAnswer> registry, List<ImageAnswer> images) {

    /** The registry's answer to {@code GET /v2/}. */
    public record RegistryAnswer(String url, boolean reachable, String detail) {

        /** Where the registry answered, without {@code /v2/}: {@code http://127.0.0.1:31500}. */
        public String base() {
            return url.endsWith("/v2/") ? url.substring(0, url.length() - "/v2/".length()) : url;
        }
    }

    public PreflightReport {
        Objects.requireNonNull(apiServer, "apiServer");
        permissions = List.copyOf(permissions);
        nodes = List.copyOf(nodes);
        matchedNodes = List.copyOf(matchedNodes);
        Objects.requireNonNull(registry, "registry");
        images = List.copyOf(images);
    }

    /** This report with the registry's answers about the deploy's images. */
    public PreflightReport withImages(List<ImageAnswer> answers) {
        return new PreflightReport(apiServer, version, permissions, nodes, matchedNodes, registry, answers);
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
        List<String> missing = images.stream().filter(ImageAnswer::missing).map(ImageAnswer::reference).toList();
        if (!missing.isEmpty()) {
            warnings.add(missing.size() + " of " + images.size() + " images not in the registry (build and push them with"
                    + " `ccp build`, or check images.tag and images.namespace): " + String.join(", ", missing));
        }
        List<String> undecided = images.stream().filter(ImageAnswer::unknown)
                .map(i -> i.reference() + " (" + i.detail() + ")").toList();
        if (!undecided.isEmpty()) {
            warnings.add("the registry did not say whether it holds " + String.join(", ", undecided));
        }
        return warnings;
    }

    /** The report as text: a header, the permission table, nodes and registry lines, the image table. */
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
        if (!images.isEmpty()) {
            int imageWidth = Math.max("image".length(), images.stream().mapToInt(i -> i.reference().length()).max().orElse(0));
            String imageFormat = "%-" + imageWidth + "s  %s%n";
            out.append(String.format(imageFormat, "image", "present"));
            images.forEach(image -> out.append(String.format(imageFormat, image.reference(), image.status())));
        }
        return out.toString();
    }
}
