package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.yaml.KeyPath;
import java.util.List;

/** A list whose every item is checked by {@code item}; {@code whole} checks the list as a whole. */
record ListSchema(Schema item, Schemas.ListRule whole) implements Schema {

    @Override
    public String expected() {
        String kind = item.expected();
        String noun = kind.startsWith("an ") ? kind.substring(3) : kind.startsWith("a ") ? kind.substring(2) : "";
        return item instanceof ValueSchema && noun.matches("[a-z]+") ? "a list of " + noun + "s" : "a list";
    }

    @Override
    public boolean acceptsKind(Object value) {
        return value instanceof List;
    }

    @Override
    public void check(Object value, KeyPath path, SchemaFindings findings) {
        if (!(value instanceof List<?> list)) {
            findings.mismatch(path, expected(), value);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            item.check(list.get(i), path.index(i), findings);
        }
        whole.check(list, path, findings);
    }
}
