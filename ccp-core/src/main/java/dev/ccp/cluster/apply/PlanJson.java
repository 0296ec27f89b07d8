package dev.ccp.cluster.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.cluster.ObjectRef;

/**
 * A plan as JSON for machines ({@code -f json}):
 * {@code {"namespace", "summary": {"create": n, ...}, "changes": [{"action", "kind", "name",
 * "fields": [{"path", "before", "after"} or {"path", "changed": true}]}], "restarts": ["Deployment/x"]}}.
 * Unchanged objects are listed with an empty {@code fields}; Secret values never appear.
 */
public final class PlanJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Plan plan) {
        ObjectNode root = mapper.createObjectNode();
        root.put("namespace", plan.namespace());
        ObjectNode summary = root.putObject("summary");
        for (ChangeAction action : ChangeAction.values()) {
            summary.put(action.label(), plan.count(action));
        }
        ArrayNode changes = root.putArray("changes");
        for (PlannedChange change : plan.changes()) {
            ObjectNode entry = changes.addObject();
            entry.put("action", change.action().label());
            entry.put("kind", change.ref().kind());
            entry.put("namespace", change.ref().namespace());
            entry.put("name", change.ref().name());
            ArrayNode fields = entry.putArray("fields");
            for (FieldChange field : change.changes()) {
                ObjectNode f = fields.addObject();
                f.put("path", field.path());
                if (field.redacted()) {
                    f.put("changed", true);
                } else {
                    field.before().ifPresentOrElse(v -> f.put("before", v), () -> f.putNull("before"));
                    field.after().ifPresentOrElse(v -> f.put("after", v), () -> f.putNull("after"));
                }
            }
        }
        ArrayNode restarts = root.putArray("restarts");
        plan.restarts().stream().map(ObjectRef::toString).forEach(restarts::add);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
