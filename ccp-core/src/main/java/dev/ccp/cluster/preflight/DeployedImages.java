package dev.ccp.cluster.preflight;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The image references the pods of a render will pull: every container and init container, each once, sorted. */
public final class DeployedImages {

    private DeployedImages() {
    }

    public static List<String> of(List<HasMetadata> objects) {
        SortedSet<String> images = new TreeSet<>();
        for (HasMetadata object : objects) {
            template(object).map(PodTemplateSpec::getSpec).ifPresent(spec -> Stream
                    .concat(list(spec.getInitContainers()).stream(), list(spec.getContainers()).stream())
                    .map(Container::getImage)
                    .filter(image -> image != null && !image.isBlank())
                    .forEach(images::add));
        }
        return List.copyOf(images);
    }

    private static Optional<PodTemplateSpec> template(HasMetadata object) {
        if (object instanceof Deployment d && d.getSpec() != null) {
            return Optional.ofNullable(d.getSpec().getTemplate());
        } else if (object instanceof DaemonSet d && d.getSpec() != null) {
            return Optional.ofNullable(d.getSpec().getTemplate());
        } else if (object instanceof StatefulSet s && s.getSpec() != null) {
            return Optional.ofNullable(s.getSpec().getTemplate());
        } else if (object instanceof Job j && j.getSpec() != null) {
            return Optional.ofNullable(j.getSpec().getTemplate());
        }
        return Optional.empty();
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
