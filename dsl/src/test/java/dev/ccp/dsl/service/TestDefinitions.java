package dev.ccp.dsl.service;

import dev.ccp.dsl.yaml.PlainValues;
import dev.ccp.dsl.yaml.YamlDocuments;

/** Definitions from YAML text, for tests that need no repository on disk. */
public final class TestDefinitions {

    private TestDefinitions() {
    }

    /** The document in {@code text}, parsed as definitions are, as values tests may modify. */
    public static Object yaml(String text) {
        return PlainValues.mutableCopy(YamlDocuments.parseSingle(text, "test.yaml", false));
    }

    /** A raw definition of component {@code test} in file {@code <service>.yaml}. */
    public static RawDefinition raw(String text) {
        RawDefinition probe = RawDefinition.base("test", "test.yaml", yaml(text));
        String file = (probe.serviceName() == null ? "unnamed" : probe.serviceName()) + ".yaml";
        return RawDefinition.base("test", file, probe.document());
    }

    /** The records of a definition known to be valid. */
    public static ServiceDefinition parsed(String text) {
        return new DefinitionParser().parse(raw(text));
    }

    /** A minimal valid definition of {@code service} with one container per name, depending on {@code deps}. */
    public static String simple(String service, String container, String... dependencies) {
        StringBuilder text = new StringBuilder("dsl_version: 0.9.0\nservice:\n  name: " + service
                + "\n  containers:\n    - name: " + container + "\n      image: " + container
                + "\n      daemon:\n        command: run\n");
        if (dependencies.length > 0) {
            text.append("        dependencies:\n");
            for (String dependency : dependencies) {
                text.append("          - ").append(dependency).append('\n');
            }
        }
        return text.toString();
    }
}
