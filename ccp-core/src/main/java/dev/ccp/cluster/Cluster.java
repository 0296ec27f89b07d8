package dev.ccp.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Kubernetes call ccp makes, in one small interface. Implemented over Fabric8 by
 * {@link Fabric8Cluster}; Fabric8 types stay at this edge except the model classes
 * ({@link HasMetadata} and its kinds). Failures are Fabric8's {@code KubernetesClientException};
 * {@link ClusterFailure} classifies and words them.
 */
public interface Cluster {

    /** The live object with the kind, namespace and name of {@code like}, or empty. */
    Optional<HasMetadata> get(HasMetadata like);

    /** The live object of {@code type} called {@code name} in {@code namespace}, or empty. */
    <T extends HasMetadata> Optional<T> get(Class<T> type, String namespace, String name);

    /** The objects of {@code type} in {@code namespace} (every namespace when null) carrying all {@code labels}. */
    <T extends HasMetadata> List<T> list(Class<T> type, String namespace, Map<String, String> labels);

    /**
     * Like {@link #list}, but the objects as the server sent them, untyped (cheaper to read when
     * they are only compared: no model classes to build and fill); their kind and apiVersion
     * are always set.
     */
    List<GenericKubernetesResource> listAsSent(Class<? extends HasMetadata> type, String namespace, Map<String, String> labels);

    /** Creates {@code object}; returns what the server stored. */
    HasMetadata create(HasMetadata object);

    /** Replaces {@code object} (PUT); its {@code resourceVersion} must be the live one. */
    HasMetadata update(HasMetadata object);

    /** Deletes {@code object} with background propagation; false when it was already gone. */
    boolean delete(HasMetadata object);

    /** Clears the finalizers of the live object (forced cleanup); false when it is gone. */
    boolean removeFinalizers(HasMetadata object);

    /** The names of the cluster's nodes, sorted. */
    List<String> nodeNames();

    /** The API server's version ({@code v1.32.0}), or empty when it does not say. */
    Optional<String> serverVersion();

    /**
     * Whether the client may {@code verb} the {@code resource} of API {@code group} ("" for the
     * core group) in {@code namespace} (null: cluster-wide), asked with a
     * SelfSubjectAccessReview; empty when the server answers without a status.
     */
    Optional<Boolean> accessAllowed(String verb, String group, String resource, String namespace);

    /** Where the client talks to, for messages. */
    String describe();
}
