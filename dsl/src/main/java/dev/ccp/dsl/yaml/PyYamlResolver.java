package dev.ccp.dsl.yaml;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Decides the type of a plain scalar exactly as PyYAML's safe loader does (YAML 1.1): {@code yes},
 * {@code no}, {@code on}, {@code off}, {@code True} are booleans; {@code 0x1f}, {@code 017} and
 * {@code 1:30} are integers; a float needs a dot ({@code 1e3} stays a string); dates are
 * timestamps. Fuel CCP users wrote their configs against these rules.
 */
final class PyYamlResolver extends Resolver {

    static final Pattern PY_BOOL = Pattern.compile(
            "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");
    static final Pattern PY_FLOAT = Pattern.compile("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
            + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)"
            + "|\\.(?:nan|NaN|NAN))$");
    static final Pattern PY_INT = Pattern.compile("^(?:[-+]?0b[0-1_]+"
            + "|[-+]?0[0-7_]+"
            + "|[-+]?(?:0|[1-9][0-9_]*)"
            + "|[-+]?0x[0-9a-fA-F_]+"
            + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$");
    static final Pattern PY_MERGE = Pattern.compile("^(?:<<)$");
    static final Pattern PY_NULL = Pattern.compile("^(?:~|null|Null|NULL)$");
    static final Pattern PY_TIMESTAMP = Pattern.compile("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
            + "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$");

    private static final int NO_LIMIT = Integer.MAX_VALUE;

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, PY_BOOL, "yYnNtTfFoO", NO_LIMIT);
        addImplicitResolver(Tag.FLOAT, PY_FLOAT, "-+0123456789.", NO_LIMIT);
        addImplicitResolver(Tag.INT, PY_INT, "-+0123456789", NO_LIMIT);
        addImplicitResolver(Tag.MERGE, PY_MERGE, "<", NO_LIMIT);
        addImplicitResolver(Tag.NULL, PY_NULL, "~nN", NO_LIMIT);
        addImplicitResolver(Tag.NULL, EMPTY, null, NO_LIMIT);
        addImplicitResolver(Tag.TIMESTAMP, PY_TIMESTAMP, "0123456789", NO_LIMIT);
    }

    /** The tag a plain (unquoted) scalar with this text gets. */
    Tag plainTag(String text) {
        return resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, text, true);
    }
}
