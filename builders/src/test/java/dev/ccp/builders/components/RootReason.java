package dev.ccp.builders.components;

import dev.ccp.builders.components.InTreeComponents.ImageUse;
import dev.ccp.dsl.service.CommandType;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.Volume;
import dev.ccp.dsl.service.VolumeType;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why an in-tree image may keep running as root (seed 004 4.3.3 rule 2: "If it's possible,
 * please run container from the non-root user"). Each reason can be checked against the
 * service definitions, so an image that stops needing root is noticed.
 */
enum RootReason {

    /** No service runs it: the images built on it pick their users. */
    PARENT_IMAGE("a parent image that no service runs; the images built on it choose their user") {
        @Override
        boolean holdsFor(String image, InTreeComponents components) {
            return components.uses(image).isEmpty() && !components.images().children(image).isEmpty();
        }
    },

    /** Network namespaces, Open vSwitch, kernel modules, libvirt and instance disks. */
    PRIVILEGED("runs in a privileged container (network namespaces, Open vSwitch, kernel modules, instances)") {
        @Override
        boolean holdsFor(String image, InTreeComponents components) {
            return components.uses(image).stream()
                    .anyMatch(use -> use.container().privileged() && use.container().image().equals(image));
        }
    },

    /**
     * The container starts as root to hand files and volumes to the daemon's user, then the agent
     * runs the daemon as that user: the daemon names a {@code user}, and the root phase has work
     * (files owned by that user, a host volume, or a local pre command run as root).
     */
    PREPARES_FOR_DAEMON_USER("starts as root to hand its files and volumes to the daemon's user, "
            + "as which the agent then runs the daemon") {
        @Override
        boolean holdsFor(String image, InTreeComponents components) {
            return components.uses(image).stream().filter(use -> use.command() == use.container().daemon())
                    .filter(use -> use.command().user() != null)
                    .anyMatch(use -> hasRootWork(use));
        }

        private boolean hasRootWork(ImageUse daemon) {
            String user = daemon.command().user();
            Container container = daemon.container();
            boolean ownsFiles = daemon.files().stream().anyMatch(file -> user.equals(file.user()));
            boolean hostVolume = container.volumes().stream().anyMatch(volume -> volume.type() == VolumeType.HOST);
            boolean rootPre = container.pre().stream()
                    .anyMatch(command -> command.type() == CommandType.LOCAL && command.user() == null);
            return ownsFiles || hostVolume || rootPre;
        }
    },

    /** Writes into a host directory that privileged, root-running agents of other services own. */
    SHARES_HOST_DIRECTORY_WITH_ROOT("creates files in a host directory that privileged root agents share") {
        @Override
        boolean holdsFor(String image, InTreeComponents components) {
            Set<String> ownHostPaths = hostPaths(components.uses(image));
            Set<String> privilegedHostPaths = hostPaths(components.allUses().stream()
                    .filter(use -> use.container().privileged() && !use.container().image().equals(image)).toList());
            return ownHostPaths.stream().anyMatch(privilegedHostPaths::contains);
        }

        private Set<String> hostPaths(List<ImageUse> uses) {
            return uses.stream().flatMap(use -> use.container().volumes().stream())
                    .filter(volume -> volume.type() == VolumeType.HOST).map(Volume::path)
                    .collect(Collectors.toSet());
        }
    };

    private final String explanation;

    RootReason(String explanation) {
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** Why, in words (for failure messages). */
    String explanation() {
        return explanation;
    }

    /** Whether the definitions still give {@code image} this reason to run as root. */
    abstract boolean holdsFor(String image, InTreeComponents components);
}
