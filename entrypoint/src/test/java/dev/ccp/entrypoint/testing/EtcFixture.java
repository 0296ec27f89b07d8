package dev.ccp.entrypoint.testing;

import dev.ccp.dsl.jinja.python.PythonJson;
import dev.ccp.dsl.workflow.Workflow;
import dev.ccp.dsl.workflow.WorkflowJson;
import dev.ccp.entrypoint.variables.EtcLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a mounted-configuration tree (the /etc/ccp layout) into a temporary directory. */
public final class EtcFixture {

    private final EtcLayout layout;

    public EtcFixture(Path root) {
        this.layout = new EtcLayout(root);
    }

    public EtcLayout layout() {
        return layout;
    }

    public EtcFixture globals(Map<String, ?> values) {
        return write(layout.globals(), PythonJson.mapping(values));
    }

    public EtcFixture globalSecrets(Map<String, ?> values) {
        return write(layout.globalSecrets(), PythonJson.mapping(values));
    }

    public EtcFixture serviceConfig(Map<String, ?> values) {
        return write(layout.serviceConfig(), PythonJson.mapping(values));
    }

    public EtcFixture nodesConfig(Map<String, ?> values) {
        return write(layout.nodesConfig(), PythonJson.mapping(values));
    }

    public EtcFixture meta(Map<String, ?> values) {
        return write(layout.meta(), PythonJson.mapping(values));
    }

    public EtcFixture workflow(String role, Workflow workflow) {
        return write(layout.role(role), WorkflowJson.write(workflow));
    }

    public EtcFixture file(String key, String template) {
        return write(layout.files().resolve(key), template);
    }

    public EtcFixture export(String name, String template) {
        return write(layout.exports().resolve(name), template);
    }

    private EtcFixture write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
