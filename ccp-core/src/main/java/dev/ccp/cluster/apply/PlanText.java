package dev.ccp.cluster.apply;

import dev.ccp.cluster.ObjectRef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan as text for people: a summary line, one line per object that changes (with the
 * changed fields under it) and the workloads that will restart.
 *
 * <pre>
 * Plan for namespace ccp-1: 1 to create, 1 to update, 0 to replace, 12 unchanged, 0 to prune
 *   + ConfigMap/nova-files
 *   ~ ConfigMap/keystone-files
 *       data.conf: "a" -> "b"
 * Restarts (config hash changed): Deployment/keystone
 * </pre>
 */
public final class PlanText {

    /** The plan; {@code showUnchanged} also lists the objects that stay as they are. */
    public String render(Plan plan, boolean showUnchanged) {
        StringBuilder text = new StringBuilder();
        text.append("Plan for namespace ").append(plan.namespace()).append(": ")
                .append(plan.count(ChangeAction.CREATE)).append(" to create, ")
                .append(plan.count(ChangeAction.UPDATE)).append(" to update, ")
                .append(plan.count(ChangeAction.REPLACE)).append(" to replace, ")
                .append(plan.count(ChangeAction.UNCHANGED)).append(" unchanged, ")
                .append(plan.count(ChangeAction.PRUNE)).append(" to prune\n");
        for (PlannedChange change : plan.changes()) {
            if (change.action() == ChangeAction.UNCHANGED && !showUnchanged) {
                continue;
            }
            text.append("  ").append(marker(change.action())).append(' ').append(change.ref());
            if (change.action() == ChangeAction.REPLACE) {
                text.append(" (replaced: Jobs are immutable)");
            } else if (change.action() == ChangeAction.PRUNE) {
                text.append(" (no longer rendered; deleted with --prune)");
            }
            text.append('\n');
            for (FieldChange field : change.changes()) {
                text.append("      ").append(field.describe()).append('\n');
            }
        }
        if (!plan.restarts().isEmpty()) {
            text.append("Restarts (config hash changed): ")
                    .append(plan.restarts().stream().map(ObjectRef::toString).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return text.toString();
    }

    private static String marker(ChangeAction action) {
        return switch (action) {
            case CREATE -> "+";
            case UPDATE -> "~";
            case REPLACE -> "-/+";
            case UNCHANGED -> "=";
            case PRUNE -> "-";
        };
    }

    /** The restart list alone, for a deploy's closing lines. */
    public static List<String> restartLines(Plan plan) {
        return plan.restarts().stream().map(r -> "restarts: " + r).toList();
    }
}
