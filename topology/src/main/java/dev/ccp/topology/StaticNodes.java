package dev.ccp.topology;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Node names given on the command line ({@code --nodes node1,node2,node3}) instead of read from
 * a cluster, so that a dry run needs no Kubernetes API.
 *
 * @param names the node names, in the order given
 */
public record StaticNodes(List<String> names) implements NodeSource {

    /** The flag whose value {@link #parse} reads; problems are reported under this name. */
    public static final String FLAG = "--nodes";

    /** A Kubernetes node name is an RFC 1123 subdomain: dot-separated labels of [a-z0-9-], alphanumeric at both ends. */
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final int SUBDOMAIN_MAX = 253;

    public StaticNodes {
        names = List.copyOf(names);
    }

    /**
     * The names of a comma-separated {@code --nodes} value; blanks around a name are ignored.
     *
     * @throws InvalidInputException naming {@value #FLAG}, with every problem found, when the
     *                               value is empty, a name is empty or not a valid Kubernetes
     *                               node name, or a name is given twice
     */
    public static StaticNodes parse(String value) {
        List<Problem> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (value == null || value.isBlank()) {
            problems.add(problem("expected a comma-separated list of node names, found an empty value"));
        } else {
            Set<String> seen = new HashSet<>();
            String[] parts = value.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                String name = parts[i].strip();
                if (name.isEmpty()) {
                    problems.add(problem("node name " + (i + 1) + " of " + parts.length + " is empty in '" + value + "'"));
                } else if (!isNodeName(name)) {
                    problems.add(problem("'" + name + "' is not a valid Kubernetes node name: expected lowercase"
                            + " letters, digits, '-' and '.', starting and ending with a letter or digit, at most "
                            + SUBDOMAIN_MAX + " characters"));
                } else if (!seen.add(name)) {
                    problems.add(problem("'" + name + "' is given more than once"));
                } else {
                    names.add(name);
                }
            }
        }
        InvalidInputException.throwIfAny(null, problems);
        return new StaticNodes(names);
    }

    @Override
    public List<String> nodeNames() {
        return names;
    }

    /** Whether {@code name} is a valid Kubernetes node name (an RFC 1123 subdomain). */
    public static boolean isNodeName(String name) {
        return name.length() <= SUBDOMAIN_MAX && SUBDOMAIN.matcher(name).matches();
    }

    private static Problem problem(String message) {
        return Problem.at(null, FLAG, message);
    }
}
