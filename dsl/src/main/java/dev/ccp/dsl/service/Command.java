package dev.ccp.dsl.service;

import java.util.List;
import java.util.Objects;

/**
 * A pre, daemon or post command of a container.
 *
 * @param name         required for single jobs; may be null for local commands and the daemon
 * @param type         local (inside the container) or single (a Job, once per deployment)
 * @param image        the image of a single job, null for the owning container's image
 * @param command      the shell command
 * @param dependencies dependency names as written, or resolved ({@code service/container[:local]})
 *                     once the components map is complete
 * @param files        keys of the definition's {@code files} section to render for this command
 * @param secrets      keys of the definition's {@code secrets} section
 * @param user         the user to run as, null for the image default
 */
public record Command(String name, CommandType type, String image, String command, List<String> dependencies,
        List<String> files, List<String> secrets, String user) {

    public Command {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(command, "command");
        dependencies = List.copyOf(dependencies);
        files = List.copyOf(files);
        secrets = List.copyOf(secrets);
    }

    public boolean isSingle() {
        return type == CommandType.SINGLE;
    }

    public Command withDependencies(List<String> newDependencies) {
        return new Command(name, type, image, command, newDependencies, files, secrets, user);
    }
}
