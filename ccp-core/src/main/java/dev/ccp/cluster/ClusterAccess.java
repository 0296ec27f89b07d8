package dev.ccp.cluster;

import dev.ccp.dsl.config.KubernetesConfig;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * Builds the Fabric8 client ccp uses (REFERENCE 7.9, "Our decisions").
 * <ul>
 * <li>Without {@code kubernetes.server}: the kubeconfig ({@code KUBECONFIG}, else
 * {@code ~/.kube/config}, its current context), else the in-cluster service account; the
 * {@code kubernetes.*} keys that are set override it (CA, client cert/key, insecure, user).</li>
 * <li>With {@code kubernetes.server}: only the {@code kubernetes.*} keys, as the original built
 * its kubeconfig from them alone (no credentials of another cluster leak in).</li>
 * </ul>
 * The namespace is always {@code kubernetes.namespace}. Fabric8's own request retries are off:
 * {@link RetryPolicy} is the one place that retries. The HTTP client is the JDK's (nothing to
 * start but a selector thread), closed with the Kubernetes client.
 */
public final class ClusterAccess {

    private ClusterAccess() {
    }

    public static KubernetesClient connect(KubernetesConfig settings) {
        return new KubernetesClientBuilder().withHttpClientFactory(new ClosingJdkHttpClientFactory())
                .withConfig(config(settings)).build();
    }

    /** The client configuration for these settings (exposed for tests and {@code preflight}). */
    public static Config config(KubernetesConfig settings) {
        Config base = settings.server().isPresent() ? Config.empty() : Config.autoConfigure(null);
        ConfigBuilder builder = new ConfigBuilder(base);
        settings.server().ifPresent(builder::withMasterUrl);
        settings.caCert().ifPresent(builder::withCaCertFile);
        if (settings.certFile().isPresent() && settings.keyFile().isPresent()) {
            builder.withClientCertFile(settings.certFile().get()).withClientKeyFile(settings.keyFile().get());
        }
        if (settings.insecure() && settings.caCert().isEmpty()) {
            builder.withTrustCerts(true).withDisableHostnameVerification(true);
        }
        settings.username().ifPresent(builder::withUsername);
        settings.password().ifPresent(p -> builder.withPassword(p.reveal()));
        return builder.withNamespace(settings.namespace()).withRequestRetryBackoffLimit(0).build();
    }
}
