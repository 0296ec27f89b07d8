package dev.ccp.dsl.workflow;

import java.util.Objects;

/**
 * A file the agent renders from {@code /etc/ccp/files/<name>}: {@code {name, path, perm, user}}.
 *
 * @param name the key of the definition's {@code files} section (also the template's key in
 *             the {@code <svc>-files} ConfigMap)
 * @param path where the rendered file goes inside the container
 * @param perm octal permission text such as {@code 0600}; null to keep the default
 * @param user the owner; null to keep the default
 */
public record WorkflowFile(String name, String path, String perm, String user) {

    public WorkflowFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
