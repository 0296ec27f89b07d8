package dev.ccp.openstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.ccp.dsl.config.Secret;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * JSON over HTTP to the OpenStack APIs (JDK client, HTTP/1.1). An error status becomes an
 * {@link OpenStackApiException}, a failed connection an {@link OpenStackUnreachableException}.
 * Neither the request body (it may hold a password) nor the token ever goes into a message.
 * Closing it ends the client's selector thread on a JDK that can (21 and newer), so that the JVM
 * does not wait for it at exit.
 */
public final class OpenStackHttp implements AutoCloseable {

    private static final String TOKEN_HEADER = "X-Auth-Token";
    private static final int MAX_DETAIL = 300;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final ObjectMapper json = new ObjectMapper();

    public OpenStackHttp(HttpClient client, Duration requestTimeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** A client that gives up connecting after {@code connectTimeout}. */
    public static OpenStackHttp create(TlsVerification tls, Duration connectTimeout, Duration requestTimeout) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .sslContext(tls.sslContext())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new OpenStackHttp(client, requestTimeout);
    }

    public ObjectMapper json() {
        return json;
    }

    /**
     * Sends one request and returns the answer when its status is below 400.
     *
     * @param body  JSON to send, if any
     * @param token the {@code X-Auth-Token}, if any
     */
    public ApiResponse send(String method, URI uri, Optional<JsonNode> body, Optional<Secret> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json");
        if (body.isPresent()) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body.get())));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        token.ifPresent(t -> request.header(TOKEN_HEADER, t.reveal()));
        HttpResponse<String> response = exchange(method, uri, request.build());
        if (response.statusCode() >= 400) {
            throw new OpenStackApiException(method, uri, response.statusCode(), detail(response.body()));
        }
        return new ApiResponse(response.statusCode(), response.headers(), read(method, uri, response.body()));
    }

    @Override
    public void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing left to do: the process is about to finish with the client
            }
        }
    }

    private HttpResponse<String> exchange(String method, URI uri, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new OpenStackUnreachableException(uri, "no connection within " + seconds(client.connectTimeout()), e);
        } catch (ConnectException e) {
            throw new OpenStackUnreachableException(uri, connectFailure(e), e);
        } catch (HttpTimeoutException e) {
            throw new OpenStackException(method + " " + uri + ": no answer within " + seconds(Optional.of(requestTimeout)), e);
        } catch (SSLException e) {
            throw new OpenStackException(method + " " + uri + ": TLS failed (" + e.getMessage()
                    + "); give the CA certificate with --ca-cert, or pass --insecure", e);
        } catch (IOException e) {
            throw new OpenStackException(method + " " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenStackException("interrupted", e);
        }
    }

    /** Why a connection failed, from the first cause that says it. */
    private static String connectFailure(ConnectException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "the host name does not resolve";
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return "connection failed";
    }

    private static String seconds(Optional<Duration> duration) {
        return duration.map(d -> d.toMillis() / 1000.0 + " s").orElse("the timeout");
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a request body", e);
        }
    }

    private JsonNode read(String method, URI uri, String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new OpenStackException(method + " " + uri + ": the answer is not JSON: " + shorten(body), e);
        }
    }

    /**
     * The error message of an error body: the APIs wrap it as {@code {"error": {"message": ...}}}
     * (keystone), {@code {"NeutronError": {"message": ...}}}, {@code {"conflictingRequest":
     * {"message": ...}}} (nova); anything else is shown shortened.
     */
    private String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode tree = json.readTree(body);
            if (tree.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
                while (fields.hasNext()) {
                    JsonNode message = fields.next().getValue().path("message");
                    if (message.isTextual()) {
                        return shorten(message.asText());
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // not JSON: shown as text below
        }
        return shorten(body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }
}
