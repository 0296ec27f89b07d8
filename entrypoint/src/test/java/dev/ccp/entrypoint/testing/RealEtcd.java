package dev.ccp.entrypoint.testing;

import dev.ccp.entrypoint.etcd.EtcdRetry;
import dev.ccp.testing.RequiredServices;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real etcd of {@code tools/dev-env.sh} on 127.0.0.1:2379. A test that needs it fails
 * (never skips) when it is not running. Every test uses its own namespace.
 */
public final class RealEtcd implements AutoCloseable {

    public static final String ENDPOINT = "http://127.0.0.1:2379";
    public static final EtcdRetry RETRY = new EtcdRetry(3, Duration.ofMillis(200), Duration.ofSeconds(5));

    private final Client client;
    private final String namespace = "test-" + UUID.randomUUID();

    private RealEtcd() {
        this.client = Client.builder().endpoints(ENDPOINT).build();
    }

    /** Connects, failing the test with how to start etcd when it does not answer. */
    public static RealEtcd require() {
        RequiredServices.etcd();
        return new RealEtcd();
    }

    public Client client() {
        return client;
    }

    /** A namespace no other test uses: {@code test-<uuid>}. */
    public String namespace() {
        return namespace;
    }

    public boolean exists(String key) throws Exception {
        return client.getKVClient().get(bytes(key)).get(5, TimeUnit.SECONDS).getCount() > 0;
    }

    public void put(String key) throws Exception {
        client.getKVClient().put(bytes(key), bytes("1")).get(5, TimeUnit.SECONDS);
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }

    /** Deletes the test's keys and closes the client. */
    @Override
    public void close() throws Exception {
        client.getKVClient().delete(bytes("/ccp/" + namespace + "/"),
                io.etcd.jetcd.options.DeleteOption.builder().isPrefix(true).build()).get(5, TimeUnit.SECONDS);
        client.close();
    }
}
