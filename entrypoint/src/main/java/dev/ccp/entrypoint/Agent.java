package dev.ccp.entrypoint;

import dev.ccp.dsl.jinja.HostResolver;
import dev.ccp.dsl.jinja.python.PythonTruth;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.workflow.Workflow;
import dev.ccp.dsl.workflow.WorkflowJson;
import dev.ccp.entrypoint.etcd.EtcdSettings;
import dev.ccp.entrypoint.gate.GateKeys;
import dev.ccp.entrypoint.render.ContainerTemplates;
import dev.ccp.entrypoint.render.FileWriter;
import dev.ccp.entrypoint.run.ShellCommands;
import dev.ccp.entrypoint.run.UserAccount;
import dev.ccp.entrypoint.variables.ContainerVariables;
import dev.ccp.entrypoint.variables.EtcLayout;
import dev.ccp.entrypoint.variables.NetworkInterfaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one role of a container is made of, read from the mounted configuration: its workflow,
 * its variables, and the helpers built on them (templates, commands, etcd settings, gate keys).
 *
 * @param role       the role name (the argument of the agent)
 * @param workflow   {@code role/<role>.json}
 * @param variables  REFERENCE 8.1
 * @param layout     where the configuration is mounted
 * @param templates  renders the files and commands
 * @param commands   builds the processes of commands
 * @param etcd       where etcd is
 * @param keys       the gate key layout for this namespace and node
 */
public record Agent(String role, Workflow workflow, Map<String, Object> variables, EtcLayout layout,
        ContainerTemplates templates, ShellCommands commands, EtcdSettings etcd, GateKeys keys) {

    public Agent {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(workflow, "workflow");
        variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
    }

    /** Reads everything of {@code role} from the mounted configuration. */
    public static Agent load(String role, AgentEnvironment environment, NetworkInterfaces interfaces,
            Function<String, UserAccount> users, boolean runningAsRoot) {
        EtcLayout layout = new EtcLayout(environment.etcDir());
        Workflow workflow = readWorkflow(layout.role(role));
        Map<String, Object> variables = new ContainerVariables(layout, environment, interfaces).forRole(role);
        ContainerTemplates templates = new ContainerTemplates(layout, variables, HostResolver.DNS);
        ShellCommands commands = new ShellCommands(templates, variables, users, runningAsRoot, environment.tlsCaFile());
        Object namespace = variables.get("namespace");
        if (namespace == null) {
            throw new CcpException(layout.globals() + ": 'namespace' is not set");
        }
        return new Agent(role, workflow, variables, layout, templates, commands,
                EtcdSettings.from(variables, environment), new GateKeys(namespace.toString(), environment.nodeName()));
    }

    /** Writes the CA of {@code security.tls.ca_cert} when certificates are created and the file is absent (REFERENCE 8.1). */
    public void writeCaIfNeeded(Path caFile) {
        Object tls = variables.get("security") instanceof Map<?, ?> security ? security.get("tls") : null;
        if (!(tls instanceof Map<?, ?> settings) || !PythonTruth.isTrue(settings.get("create_certificates"))
                || settings.get("ca_cert") == null || Files.exists(caFile)) {
            return;
        }
        try {
            Files.createDirectories(caFile.getParent());
            Files.writeString(caFile, settings.get("ca_cert").toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CcpException("cannot write the CA to " + caFile + ": " + e.getMessage(), e);
        }
    }

    /** The file writer for this role. */
    public FileWriter fileWriter(FileWriter.Mode mode, Function<String, UserAccount> users) {
        return new FileWriter(templates, users, mode);
    }

    private static Workflow readWorkflow(Path file) {
        try {
            return WorkflowJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new CcpException(file + ": no workflow for this role");
        } catch (IOException e) {
            throw new CcpException(file + ": cannot read: " + e.getMessage(), e);
        } catch (CcpException e) {
            throw new CcpException(file + ": " + e.getMessage(), e);
        }
    }
}
