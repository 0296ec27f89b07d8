package dev.ccp.dsl.component;

import dev.ccp.dsl.service.FileSpec;
import java.util.List;
import java.util.Objects;

/**
 * An action from {@code service/actions/*.yaml} (REFERENCE 7.4).
 *
 * @param name          the action name
 * @param component     the component (repository) it comes from
 * @param file          the action file, as shown in messages
 * @param image         the image to run
 * @param command       the command
 * @param dependencies  dependency names as written (resolved when the action runs: containers
 *                      and jobs only)
 * @param files         files to render, {@code content} naming a file under {@code service/files/}
 * @param parameters    parameters with defaults
 * @param restartPolicy never (a Pod) or always (a Job)
 */
public record ActionDefinition(String name, String component, String file, String image, String command,
        List<String> dependencies, List<FileSpec> files, List<ActionParameter> parameters,
        RestartPolicy restartPolicy) {

    public ActionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(command, "command");
        dependencies = List.copyOf(dependencies);
        files = List.copyOf(files);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(restartPolicy, "restartPolicy");
    }
}
