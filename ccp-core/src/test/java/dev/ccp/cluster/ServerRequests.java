package dev.ccp.cluster;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The requests the mock server received since the last drain, as "METHOD path" lines. */
public final class ServerRequests {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private ServerRequests() {
    }

    public static List<String> drain(KubernetesMockServer server) {
        List<String> lines = new ArrayList<>();
        try {
            RecordedRequest request;
            while ((request = server.takeRequest(20, TimeUnit.MILLISECONDS)) != null) {
                lines.add(request.getMethod() + " " + request.getPath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lines;
    }

    public static List<String> writes(KubernetesMockServer server) {
        return drain(server).stream().filter(l -> WRITES.contains(l.substring(0, l.indexOf(' ')))).toList();
    }
}
