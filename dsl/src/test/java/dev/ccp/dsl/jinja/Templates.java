package dev.ccp.dsl.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders test templates with a context shaped like CCP's configs. */
final class Templates {

    private Templates() {
    }

    /**
     * Mappings keep insertion order; whole numbers are {@code Integer}s, as SnakeYAML gives
     * them.
     */
    static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("namespace", "ccp");
        context.put("cluster_domain", "cluster.local");
        context.put("nova", map("debug", false));
        context.put("keystone", map(
                "ldap", map("tls", map("cacert", null)),
                "admin_port", map("cont", 35357),
                "public_port", map("cont", 5000, "ingress", "identity")));
        context.put("etcd", map("client_port", map("cont", 2379)));
        context.put("neutron", map(
                "physnets", List.of(
                        map("name", "physnet1", "flat", true, "dpdk", false),
                        map("name", "physnet2", "flat", false, "dpdk", true)),
                "sriov", map()));
        context.put("percona", map("sql_mode", null));
        context.put("tpl", "{{ t }}");
        context.put("t", true);
        context.put("l", List.of(1, 2, "x"));
        context.put("d", map("b", 2, "a", 1));
        context.put("memory_limit", "1024");
        context.put("ratio", 0.4);
        return context;
    }

    /** An insertion-ordered mapping from alternating keys and values (values may be null). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String lenient(String template) {
        return render(template, RenderOptions.lenient());
    }

    static String strict(String template) {
        return render(template, RenderOptions.strict());
    }

    static String render(String template, RenderOptions options) {
        return JinjaDialect.standard().render(TemplateSource.of("test.j2", template), context(), options);
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
