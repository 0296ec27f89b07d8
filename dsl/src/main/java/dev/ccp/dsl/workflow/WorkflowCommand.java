package dev.ccp.dsl.workflow;

import java.util.Objects;

/**
 * A command of a workflow: {@code {command, user?}}.
 *
 * @param command the shell command (rendered by the agent before it runs)
 * @param user    the user to run it as; null for the image's default user
 */
public record WorkflowCommand(String command, String user) {

    public WorkflowCommand {
        Objects.requireNonNull(command, "command");
    }
}
