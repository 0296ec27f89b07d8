package dev.ccp.cluster.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.dsl.yaml.KeyPath;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a desired object with the live one on the fields ccp sets, and lists what differs.
 * <ul>
 * <li>Only what the desired object sets is compared, so server-set fields (resourceVersion,
 * uid, creationTimestamp, generation, status, a Service's clusterIP, an unset nodePort, the
 * defaults the API server fills in) never count as a change.</li>
 * <li>Of the metadata only labels and annotations are compared, and only the keys ccp sets
 * (controllers add their own annotations).</li>
 * <li>{@code data}, {@code binaryData} and {@code stringData} are compared exactly: a key ccp
 * no longer renders is a change. Lists are compared item by item and by length.</li>
 * <li>Secret values are never put into a change.</li>
 * </ul>
 */
public final class ObjectComparison {

    private static final Set<String> EXACT_TOP_LEVEL = Set.of("data", "binaryData", "stringData");
    private static final Set<String> IGNORED_TOP_LEVEL = Set.of("apiVersion", "kind", "metadata", "status");
    private static final int MAX_VALUE_LENGTH = 80;

    private final ObjectMapper mapper;

    public ObjectComparison() {
        this.mapper = new ObjectMapper();
    }

    /** The changed fields, sorted by path; empty when the live object already is as desired. */
    public List<FieldChange> changes(HasMetadata desired, HasMetadata live) {
        ObjectNode want = mapper.valueToTree(desired);
        ObjectNode have = mapper.valueToTree(live);
        boolean secret = "Secret".equals(desired.getKind());
        List<FieldChange> changes = new ArrayList<>();
        JsonNode wantMeta = want.path("metadata");
        JsonNode haveMeta = have.path("metadata");
        for (String map : List.of("labels", "annotations")) {
            compare(KeyPath.of("metadata", map), wantMeta.path(map), haveMeta.path(map), false, false, changes);
        }
        Set<String> fields = new TreeSet<>();
        want.fieldNames().forEachRemaining(fields::add);
        for (String name : EXACT_TOP_LEVEL) {
            if (have.has(name)) {
                fields.add(name);
            }
        }
        for (String name : fields) {
            if (IGNORED_TOP_LEVEL.contains(name)) {
                continue;
            }
            boolean exact = EXACT_TOP_LEVEL.contains(name);
            compare(KeyPath.of(name), want.path(name), have.path(name), exact, secret && exact, changes);
        }
        changes.sort((a, b) -> a.path().compareTo(b.path()));
        return List.copyOf(changes);
    }

    /** The value at {@code path} (map keys only) in {@code object}, if it is a text. */
    public Optional<String> text(HasMetadata object, List<String> path) {
        JsonNode node = mapper.valueToTree(object);
        for (String key : path) {
            node = node.path(key);
        }
        return node.isValueNode() ? Optional.of(node.asText()) : Optional.empty();
    }

    private void compare(KeyPath path, JsonNode want, JsonNode have, boolean exact, boolean redact,
            List<FieldChange> out) {
        if (exact) {
            compareExactly(path, want, have, redact, out);
            return;
        }
        if (isUnset(want)) {
            return;
        }
        if (want.isObject()) {
            if (!have.isObject()) {
                out.add(change(path, have, want, redact));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                compare(path.key(field.getKey()), field.getValue(), have.path(field.getKey()), false, redact, out);
            }
        } else if (want.isArray()) {
            if (!have.isArray()) {
                out.add(change(path, have, want, redact));
                return;
            }
            int size = Math.max(want.size(), have.size());
            for (int i = 0; i < size; i++) {
                if (i >= want.size() || i >= have.size()) {
                    out.add(change(path.index(i), have.path(i), want.path(i), redact));
                } else {
                    compare(path.index(i), want.get(i), have.get(i), false, redact, out);
                }
            }
        } else if (!sameScalar(want, have)) {
            out.add(change(path, have, want, redact));
        }
    }

    /** Every key on either side counts ({@code data} of ConfigMaps and Secrets). */
    private void compareExactly(KeyPath path, JsonNode want, JsonNode have, boolean redact, List<FieldChange> out) {
        if (!want.isObject() && !isUnset(want) || !have.isObject() && !isUnset(have)) {
            if (!want.equals(have)) {
                out.add(change(path, have, want, redact));
            }
            return;
        }
        Set<String> keys = new TreeSet<>();
        want.fieldNames().forEachRemaining(keys::add);
        have.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode w = want.path(key);
            JsonNode h = have.path(key);
            if (!w.equals(h) && !(isUnset(w) && isUnset(h))) {
                out.add(change(path.key(key), h, w, redact));
            }
        }
    }

    private static boolean isUnset(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.isContainerNode() && node.isEmpty();
    }

    private static boolean sameScalar(JsonNode want, JsonNode have) {
        if (want.isNumber() && have.isNumber()) {
            return want.decimalValue().compareTo(have.decimalValue()) == 0;
        }
        return want.equals(have);
    }

    private static FieldChange change(KeyPath path, JsonNode before, JsonNode after, boolean redact) {
        if (redact) {
            return FieldChange.redacted(path.toString());
        }
        return new FieldChange(path.toString(), printable(before), printable(after), false);
    }

    private static Optional<String> printable(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        String text = value.isTextual() ? quoted(value.asText()) : value.toString();
        return Optional.of(text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH - 3) + "..." : text);
    }

    private static String quoted(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "\"" + escaped + "\"";
    }
}
