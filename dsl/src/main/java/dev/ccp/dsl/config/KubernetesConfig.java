package dev.ccp.dsl.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code kubernetes} section: how to reach the cluster and where to deploy.
 *
 * @param server               the API server URL; empty means the kubeconfig (or in-cluster) settings
 * @param namespace            the namespace everything is deployed into
 * @param caCert               CA certificate file for the API server
 * @param keyFile              client key file
 * @param certFile             client certificate file
 * @param insecure             skip TLS verification of the API server
 * @param username             basic-auth user
 * @param password             basic-auth password; prints as {@code ***}
 * @param clusterDomain        the cluster DNS domain ({@code cluster.local})
 * @param imagePullPolicy      {@code Always}, {@code IfNotPresent} or {@code Never}; empty for the cluster default
 * @param appControllerEnabled the {@code appcontroller.enabled} flag (kept for compatibility)
 */
public record KubernetesConfig(Optional<String> server, String namespace, Optional<String> caCert,
        Optional<String> keyFile, Optional<String> certFile, boolean insecure, Optional<String> username,
        Optional<Secret> password, String clusterDomain, Optional<String> imagePullPolicy,
        boolean appControllerEnabled) {

    public KubernetesConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(caCert, "caCert");
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(certFile, "certFile");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clusterDomain, "clusterDomain");
        Objects.requireNonNull(imagePullPolicy, "imagePullPolicy");
    }
}
