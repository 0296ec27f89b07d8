package dev.ccp.dsl.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The fixture repository sets under {@code src/test/resources/components/} and a render context for them. */
final class Fixtures {

    private Fixtures() {
    }

    /** The repositories of fixture set {@code set}, in name order. */
    static List<ComponentRepository> repositories(String set) {
        try (Stream<Path> entries = Files.list(directory(set))) {
            return entries.filter(Files::isDirectory).sorted()
                    .map(dir -> new ComponentRepository(dir.getFileName().toString(), dir))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path directory(String set) {
        try {
            return Path.of(Fixtures.class.getResource("/components/" + set).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values the openstack-shaped fixture definitions use, as the merged configs would hold them. */
    static Map<String, Object> openstackConfigs() {
        return Map.of(
                "etcd", Map.of("client_port", 2379, "server_port", 2380),
                "percona", Map.of("port", 3306),
                "memcached", Map.of("port", 11211),
                "rabbitmq", Map.of("port", 5672),
                "keystone", Map.of("public_port", 5000, "admin_port", 35357, "tls", Map.of("enabled", false)));
    }

    /** Contexts from plain maps: an alias gets the base with its own top-level sections on top. */
    record MapContexts(Map<String, Object> base, Map<String, Map<String, Object>> aliasConfigs)
            implements RenderContexts {

        static MapContexts of(Map<String, Object> base) {
            return new MapContexts(base, Map.of());
        }

        @Override
        public Map<String, Object> forAlias(String alias) {
            Map<String, Object> context = new HashMap<>(base);
            context.putAll(aliasConfigs.getOrDefault(alias, Map.of()));
            context.put("_current_service", alias);
            return context;
        }
    }

    /** The {@code services} section of the observed runs: database, rpc and notifications aliases. */
    static Map<String, Object> standardAliases() {
        return Map.of(
                "database", Map.of("service_def", "galera"),
                "rpc", Map.of("service_def", "rabbitmq"),
                "notifications", Map.of("service_def", "rabbitmq"));
    }

    static LoadedComponents loadOpenstack(Map<String, Object> services) {
        return ComponentLoader.standard().load(repositories("openstack"), MapContexts.of(openstackConfigs()), services);
    }
}
