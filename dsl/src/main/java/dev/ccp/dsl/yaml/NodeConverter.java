package dev.ccp.dsl.yaml;

import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns one composed YAML document of one file into plain values, recording the line of every
 * key and list item as its {@link Origin}. Problems (unsupported tags, nested {@code !include},
 * recursive aliases) are collected, not thrown, so that one run reports all of them.
 * Mapping keys are kept as their text, so keys are always strings.
 */
final class NodeConverter {

    static final Tag INCLUDE = new Tag("!include");

    private final String file;
    private final String layer;
    private final boolean includes;
    private final List<Problem> problems;
    private final ScalarConstructor scalars = new ScalarConstructor();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    private NodeConverter(String file, String layer, boolean includes, List<Problem> problems) {
        this.file = file;
        this.layer = layer;
        this.includes = includes;
        this.problems = problems;
    }

    /** For the documents of a configuration file, where a whole document may be an {@code !include}. */
    static NodeConverter forFile(String file, String layer, List<Problem> problems) {
        return new NodeConverter(file, layer, true, problems);
    }

    /** For a file of one document, where {@code !include} is just an unsupported tag. */
    static NodeConverter forSingleDocument(String file, List<Problem> problems) {
        return new NodeConverter(file, "", false, problems);
    }

    /** The document as a tree; its root must be a mapping. */
    ConfigTree convertDocument(MappingNode root) {
        Origins.Builder origins = Origins.builder();
        origins.put(KeyPath.root(), origin(root));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) convert(root, KeyPath.root(), origins);
        return new ConfigTree(values, origins.build());
    }

    /** The document as plain values, whatever its root is; no origins are kept. */
    Object convertValue(Node root) {
        return convert(root, KeyPath.root(), Origins.builder());
    }

    private Object convert(Node node, KeyPath path, Origins.Builder origins) {
        if (includes && INCLUDE.equals(node.getTag())) {
            report(node, path, "!include is only allowed as a whole document (a list of files at the top level)");
            return null;
        }
        if (!inProgress.add(node)) {
            report(node, path, "recursive alias: a value cannot contain itself");
            return null;
        }
        try {
            if (node instanceof MappingNode mapping) {
                return convertMapping(mapping, path, origins);
            }
            if (node instanceof SequenceNode sequence) {
                return convertSequence(sequence, path, origins);
            }
            return convertScalar((ScalarNode) node, path);
        } finally {
            inProgress.remove(node);
        }
    }

    private Map<String, Object> convertMapping(MappingNode node, KeyPath path, Origins.Builder origins) {
        if (!Tag.MAP.equals(node.getTag())) {
            report(node, path, "unsupported tag " + node.getTag().getValue() + " (only plain mappings are allowed)");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple entry : node.getValue()) {
            Node keyNode = entry.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                report(keyNode, path, "a mapping key must be a plain value, not a list or a mapping");
                continue;
            }
            String key = scalarKey.getValue();
            KeyPath child = path.key(key);
            Node earlier = seen.put(key, keyNode);
            if (earlier != null && !node.isMerged()) {
                report(keyNode, child, "duplicate key (first set at line " + (earlier.getStartMark().getLine() + 1)
                        + "); remove one of them");
            }
            values.remove(key);
            values.put(key, convert(entry.getValueNode(), child, origins));
            origins.put(child, origin(keyNode));
        }
        return values;
    }

    private List<Object> convertSequence(SequenceNode node, KeyPath path, Origins.Builder origins) {
        if (!Tag.SEQ.equals(node.getTag())) {
            report(node, path, "unsupported tag " + node.getTag().getValue() + " (only plain lists are allowed)");
        }
        List<Object> items = new ArrayList<>();
        for (Node itemNode : node.getValue()) {
            KeyPath child = path.index(items.size());
            origins.put(child, origin(itemNode));
            items.add(convert(itemNode, child, origins));
        }
        return items;
    }

    private Object convertScalar(ScalarNode node, KeyPath path) {
        try {
            return scalars.construct(node);
        } catch (ScalarConstructor.UnreadableScalarException e) {
            report(node, path, e.getMessage());
            return null;
        }
    }

    private Origin origin(Node node) {
        return new Origin(layer, file, node.getStartMark().getLine() + 1);
    }

    private void report(Node node, KeyPath path, String message) {
        problems.add(Problem.at(file, node.getStartMark().getLine() + 1, path.toString(), message));
    }
}
