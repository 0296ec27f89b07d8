package dev.ccp.entrypoint.run;

import dev.ccp.dsl.jinja.python.PythonTruth;
import dev.ccp.dsl.workflow.WorkflowCommand;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.PlainValues;
import dev.ccp.entrypoint.render.ContainerTemplates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a workflow command into a process (REFERENCE 8.3): the command is rendered, then run by
 * {@code /bin/sh -c} with the container's stdio. Commands starting with {@code openstack },
 * {@code neutron } or {@code murano } get the OpenStack client variables (and ignore
 * {@code user}); other commands with a {@code user} run as that user (uid, primary gid, its
 * supplementary groups, {@code HOME}) through {@code setpriv} when the agent runs as root, and
 * as the agent's own user otherwise.
 */
public final class ShellCommands {

    private static final List<String> OPENSTACK_CLIENTS = List.of("openstack ", "neutron ", "murano ");

    private final ContainerTemplates templates;
    private final Map<String, Object> variables;
    private final Function<String, UserAccount> users;
    private final boolean runningAsRoot;
    private final Path caFile;

    public ShellCommands(ContainerTemplates templates, Map<String, Object> variables,
            Function<String, UserAccount> users, boolean runningAsRoot, Path caFile) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.variables = Objects.requireNonNull(variables, "variables");
        this.users = Objects.requireNonNull(users, "users");
        this.runningAsRoot = runningAsRoot;
        this.caFile = Objects.requireNonNull(caFile, "caFile");
    }

    /** A process builder for {@code command}, with the container's stdio; not started. */
    public ProcessBuilder processFor(WorkflowCommand command) {
        String rendered = templates.renderCommand(command.command());
        ProcessBuilder builder = new ProcessBuilder().inheritIO();
        if (OPENSTACK_CLIENTS.stream().anyMatch(rendered::startsWith)) {
            builder.environment().putAll(openStackEnvironment());
            return builder.command("/bin/sh", "-c", rendered);
        }
        if (command.user() != null && runningAsRoot) {
            UserAccount user = users.apply(command.user());
            builder.environment().put("HOME", user.home());
            builder.environment().put("USER", user.name());
            List<String> argv = new ArrayList<>(List.of("setpriv", "--reuid=" + user.uid(), "--regid=" + user.gid(),
                    "--init-groups", "--"));
            argv.addAll(List.of("/bin/sh", "-c", rendered));
            return builder.command(argv);
        }
        return builder.command("/bin/sh", "-c", rendered);
    }

    /** The OpenStack client variables of REFERENCE 8.3. */
    public Map<String, String> openStackEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("OS_IDENTITY_API_VERSION", "3");
        env.put("OS_INTERFACE", "internal");
        env.put("OS_PROJECT_DOMAIN_NAME", "default");
        env.put("OS_USER_DOMAIN_NAME", "default");
        Object openstack = variables.get("openstack");
        if (openstack instanceof Map<?, ?> settings) {
            putIfSet(env, "OS_PASSWORD", settings.get("user_password"));
            putIfSet(env, "OS_USERNAME", settings.get("user_name"));
            putIfSet(env, "OS_PROJECT_NAME", settings.get("project_name"));
        }
        if (PythonTruth.isTrue(path(variables.get("security"), "tls", "create_certificates"))) {
            env.put("OS_CACERT", caFile.toString());
        }
        env.put("OS_AUTH_URL", templates.renderCommand(
                "{{ address('keystone', keystone.admin_port, with_scheme=True) }}/v3"));
        return env;
    }

    private static void putIfSet(Map<String, String> env, String name, Object value) {
        if (value != null) {
            env.put(name, String.valueOf(value));
        }
    }

    private static Object path(Object value, String... keys) {
        return PlainValues.valueAt(value, KeyPath.of(keys)).orElse(null);
    }
}
