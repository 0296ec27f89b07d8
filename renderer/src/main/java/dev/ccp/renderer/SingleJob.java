package dev.ccp.renderer;

import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.Objects;

/**
 * A pre or post command of type {@code single}: it runs once per deploy as a Job.
 *
 * @param owner    the container whose image, volumes and secrets the Job uses
 * @param command  the job itself
 * @param location where the definition declares it ({@code service.containers[0].pre[1]})
 */
record SingleJob(Container owner, Command command, KeyPath location) {

    SingleJob {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(location, "location");
    }

    String name() {
        return command.name();
    }

    /** The image name as written: the job's own, else its container's. */
    String image() {
        return command.image() != null ? command.image() : owner.image();
    }
}
