package dev.ccp.cluster;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** Reads a failed Kubernetes call: is it worth retrying, and what did the server say. */
public final class ClusterFailure {

    private ClusterFailure() {
    }

    /** HTTP 409: a create of an existing object, or an update with a stale resourceVersion. */
    public static boolean isConflict(Throwable failure) {
        return failure instanceof KubernetesClientException k && k.getCode() == 409;
    }

    /** 5xx, 429, 409 conflicts and timeouts/IO errors may succeed when tried again. */
    public static boolean isTransient(Throwable failure) {
        if (!(failure instanceof KubernetesClientException k)) {
            return false;
        }
        int code = k.getCode();
        if (code >= 500 || code == 429 || code == 409) {
            return true;
        }
        return code <= 0 && causedByIo(k);
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The server's own words (its Status message), else the client's message. */
    public static String reason(Throwable failure) {
        if (failure instanceof KubernetesClientException k) {
            Status status = k.getStatus();
            if (status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
                return status.getMessage() + (k.getCode() > 0 ? " (HTTP " + k.getCode() + ")" : "");
            }
            if (k.getCode() > 0) {
                return "HTTP " + k.getCode() + (k.getMessage() == null ? "" : ": " + firstLine(k.getMessage()));
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : firstLine(failure.getMessage());
        return root == failure || root.getMessage() == null ? message : message + ": " + firstLine(root.getMessage());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
