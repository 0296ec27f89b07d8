package dev.ccp.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.StatusDetails;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** {@link Cluster} over a Fabric8 {@link KubernetesClient}. Does not retry: callers decide. */
public final class Fabric8Cluster implements Cluster {

    private final Supplier<KubernetesClient> client;

    public Fabric8Cluster(KubernetesClient client) {
        Objects.requireNonNull(client, "client");
        this.client = () -> client;
    }

    /**
     * Over the client {@code client} gives when first used (a client still being built on
     * another thread, say); what it throws, every call throws.
     */
    public Fabric8Cluster(Supplier<KubernetesClient> client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    private KubernetesClient client() {
        return client.get();
    }

    @Override
    public Optional<HasMetadata> get(HasMetadata like) {
        return Optional.ofNullable(client().resource(like).get());
    }

    @Override
    public <T extends HasMetadata> Optional<T> get(Class<T> type, String namespace, String name) {
        return Optional.ofNullable(scoped(type, namespace).withName(name).get());
    }

    @Override
    public <T extends HasMetadata> List<T> list(Class<T> type, String namespace, Map<String, String> labels) {
        if (namespace == null && type != Namespace.class) {
            return List.copyOf(client().resources(type).inAnyNamespace().withLabels(labels).list().getItems());
        }
        return List.copyOf(scoped(type, namespace).withLabels(labels).list().getItems());
    }

    @Override
    public List<GenericKubernetesResource> listAsSent(Class<? extends HasMetadata> type, String namespace,
            Map<String, String> labels) {
        ResourceDefinitionContext context = ResourceDefinitionContext.fromResourceType(type);
        MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> all =
                client().genericKubernetesResources(context);
        GenericKubernetesResourceList list = !context.isNamespaceScoped() ? all.withLabels(labels).list()
                : namespace == null ? all.inAnyNamespace().withLabels(labels).list()
                : all.inNamespace(namespace).withLabels(labels).list();
        // A list's items name neither kind nor apiVersion (the list does): the typed reading fills them in, so do we.
        String kind = HasMetadata.getKind(type);
        String apiVersion = HasMetadata.getApiVersion(type);
        for (GenericKubernetesResource item : list.getItems()) {
            if (item.getKind() == null) {
                item.setKind(kind);
            }
            if (item.getApiVersion() == null) {
                item.setApiVersion(apiVersion);
            }
        }
        return List.copyOf(list.getItems());
    }

    @Override
    public HasMetadata create(HasMetadata object) {
        return client().resource(object).create();
    }

    @Override
    public HasMetadata update(HasMetadata object) {
        return client().resource(object).update();
    }

    @Override
    public boolean delete(HasMetadata object) {
        List<StatusDetails> deleted = client().resource(object).withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
        return !deleted.isEmpty();
    }

    @Override
    public boolean removeFinalizers(HasMetadata object) {
        HasMetadata live = client().resource(object).get();
        if (live == null) {
            return false;
        }
        if (live.getMetadata().getFinalizers() == null || live.getMetadata().getFinalizers().isEmpty()) {
            return true;
        }
        client().resource(live).edit(o -> {
            o.getMetadata().setFinalizers(new ArrayList<>());
            return o;
        });
        return true;
    }

    @Override
    public List<String> nodeNames() {
        return client().nodes().list().getItems().stream().map(Node::getMetadata).map(m -> m.getName()).sorted().toList();
    }

    @Override
    public Optional<String> serverVersion() {
        VersionInfo version = client().getKubernetesVersion();
        return version == null ? Optional.empty() : Optional.ofNullable(version.getGitVersion()).filter(v -> !v.isBlank());
    }

    @Override
    public Optional<Boolean> accessAllowed(String verb, String group, String resource, String namespace) {
        // A review is not stored by a real API server; the name only satisfies servers (the mock)
        // that insist on one, and is unique so that two reviews never conflict.
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
                .withNewMetadata().withName("ccp-preflight-" + UUID.randomUUID()).endMetadata()
                .withNewSpec().withNewResourceAttributes()
                .withVerb(verb).withGroup(group).withResource(resource).withNamespace(namespace)
                .endResourceAttributes().endSpec().build();
        SelfSubjectAccessReview answer = client().authorization().v1().selfSubjectAccessReview().create(review);
        return answer == null || answer.getStatus() == null ? Optional.empty()
                : Optional.ofNullable(answer.getStatus().getAllowed());
    }

    @Override
    public String describe() {
        return client().getMasterUrl().toString();
    }

    private <T extends HasMetadata> NonNamespaceOperation<T, ? extends KubernetesResourceList<T>, Resource<T>> scoped(
            Class<T> type, String namespace) {
        if (type == Namespace.class || namespace == null) {
            return client().resources(type);
        }
        return client().resources(type).inNamespace(namespace);
    }
}
