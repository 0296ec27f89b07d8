package dev.ccp.renderer;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the image names of pod templates into full references ({@link ImageReferences}), sets
 * {@code kubernetes.image_pull_policy} when configured, and references the {@code registry-key}
 * Secret when the registry needs credentials.
 */
final class ImageEnricher implements Enricher {

    private final ImageReferences references;
    private final Optional<String> pullPolicy;
    private final boolean pullSecret;

    ImageEnricher(ImageReferences references, Optional<String> pullPolicy, boolean pullSecret) {
        this.references = references;
        this.pullPolicy = pullPolicy;
        this.pullSecret = pullSecret;
    }

    @Override
    public void enrich(List<OwnedObject> objects) {
        for (OwnedObject owned : objects) {
            Workloads.podTemplate(owned.object()).map(template -> template.getSpec()).ifPresent(this::enrich);
        }
    }

    private void enrich(PodSpec spec) {
        for (Container container : spec.getContainers()) {
            container.setImage(references.of(container.getImage()));
            if (container.getImagePullPolicy() == null) {
                pullPolicy.ifPresent(container::setImagePullPolicy);
            }
        }
        if (pullSecret) {
            List<LocalObjectReference> secrets = new ArrayList<>(spec.getImagePullSecrets());
            if (secrets.stream().noneMatch(s -> ObjectNames.REGISTRY_KEY.equals(s.getName()))) {
                secrets.add(new LocalObjectReference(ObjectNames.REGISTRY_KEY));
            }
            spec.setImagePullSecrets(secrets);
        }
    }
}
