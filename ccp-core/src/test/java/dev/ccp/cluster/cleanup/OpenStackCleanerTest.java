package dev.ccp.cluster.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.FakeTime;
import dev.ccp.dsl.config.Secret;
import dev.ccp.openstack.FakeOpenStack;
import dev.ccp.openstack.Keystone;
import dev.ccp.openstack.OpenStackCredentials;
import dev.ccp.openstack.OpenStackException;
import dev.ccp.openstack.OpenStackHttp;
import dev.ccp.openstack.OpenStackSession;
import dev.ccp.openstack.TlsVerification;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenStack part of cleanup (REFERENCE 7.2) against an in-memory cloud that answers 409 when
 * the deletion order breaks one of the real services' rules.
 */
class OpenStackCleanerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    private FakeOpenStack cloud;
    private FakeTime time;
    private Instant start;
    private final List<String> progress = new ArrayList<>();
    private OpenStackCleaner cleaner;

    @BeforeEach
    void start() throws IOException {
        cloud = FakeOpenStack.start("admin", "secret-pw", "admin");
        time = new FakeTime();
        start = time.instant();
        cleaner = new OpenStackCleaner(time, time.pause(), Duration.ofSeconds(3), progress::add);
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private OpenStackSession session() {
        OpenStackHttp http = OpenStackHttp.create(TlsVerification.system(), Duration.ofSeconds(2), Duration.ofSeconds(10));
        return new Keystone(http, "public").authenticate(new OpenStackCredentials(cloud.authUrl(), "admin",
                Secret.of("secret-pw"), "admin", Optional.of(FakeOpenStack.REGION)));
    }

    private List<String> writes() {
        return cloud.requests().stream().filter(r -> !r.startsWith("GET ") && !r.contains("/auth/tokens")).toList();
    }

    @Test
    void deletesEveryResourceOfAllProjectsInTheOriginalsOrder() {
        cloud.populate();

        OpenStackCleanupResult result = cleaner.cleanup(session(), TIMEOUT);

        assertThat(cloud.everything()).isEmpty();
        assertThat(writes()).containsExactly(
                "DELETE /compute/v2.1/servers/s-1",
                "DELETE /compute/v2.1/servers/s-2",
                "DELETE /compute/v2.1/servers/s-3",
                "DELETE /image/v2/images/i-1",
                "DELETE /image/v2/images/i-2",
                "DELETE /image/v2/images/i-3",
                "DELETE /network/v2.0/floatingips/fip-1",
                "PUT /network/v2.0/routers/r-1",
                "PUT /network/v2.0/routers/r-1/remove_router_interface",
                "DELETE /network/v2.0/routers/r-1",
                "DELETE /network/v2.0/ports/port-dhcp",
                "DELETE /network/v2.0/ports/port-spare",
                "DELETE /network/v2.0/networks/n-private",
                "DELETE /network/v2.0/networks/n-public",
                "DELETE /object/v1/AUTH_p-admin/backups/2024%2F01%2Fdb.sql",
                "DELETE /object/v1/AUTH_p-admin/backups/a%20b.txt",
                "DELETE /object/v1/AUTH_p-admin/backups/readme",
                "DELETE /object/v1/AUTH_p-admin/backups",
                "DELETE /object/v1/AUTH_p-admin/empty");
        assertThat(result.summary()).isEqualTo(
                "deleted 3 servers, 3 images, 1 floating IP, 1 router, 3 ports, 2 networks, 3 objects, 2 containers");
        assertThat(result.deleted(OpenStackResourceKind.SERVER)).extracting(Object::toString)
                .containsExactly("web-1 (s-1)", "web-2 (s-2)", "db-1 (s-3)");
        assertThat(result.skipped()).isEmpty();
        assertThat(time.instant()).isEqualTo(start);
    }

    @Test
    void serversOfEveryProjectAreListedAcrossPages() {
        cloud.populate();

        cleaner.cleanup(session(), TIMEOUT);

        assertThat(cloud.requests()).contains("GET /compute/v2.1/servers?all_tenants=1",
                "GET /compute/v2.1/servers?all_tenants=1&marker=s-2", "GET /image/v2/images?marker=i-2");
    }

    @Test
    void anEmptyCloudNeedsNoDeletionAndNoWait() {
        OpenStackCleanupResult result = cleaner.cleanup(session(), TIMEOUT);

        assertThat(result.summary()).isEqualTo("nothing to delete");
        assertThat(writes()).isEmpty();
        assertThat(time.instant()).isEqualTo(start);
    }

    @Test
    void serversThatTakeTimeToGoAreWaitedForBeforeTheirPortsAreTouched() {
        cloud.populate();
        cloud.serverDeletionTakesListings(2);

        cleaner.cleanup(session(), TIMEOUT);

        assertThat(cloud.everything()).isEmpty();
        assertThat(time.instant()).isEqualTo(start.plusSeconds(6));
        assertThat(writes()).noneMatch(w -> w.endsWith("/action"));
    }

    @Test
    void serversStillThereAtTheDeadlineAreForceDeleted() {
        cloud.populate();
        cloud.stuckUntilForced("s-2");

        OpenStackCleanupResult result = cleaner.cleanup(session(), Duration.ofSeconds(30));

        assertThat(cloud.everything()).isEmpty();
        assertThat(writes()).contains("POST /compute/v2.1/servers/s-2/action");
        assertThat(progress).contains("1 server still there after 30 s, force-deleting: web-2 (s-2)");
        assertThat(time.instant()).isEqualTo(start.plusSeconds(30));
        assertThat(result.deleted(OpenStackResourceKind.SERVER)).hasSize(3);
    }

    @Test
    void serversThatNeverGoStopTheCleanupAfterTwoWaitsOfSixtyPolls() {
        cloud.populate();
        cloud.undeletable("s-3");

        assertThatThrownBy(() -> cleaner.cleanup(session(), TIMEOUT))
                .isInstanceOf(OpenStackException.class)
                .hasMessage("Some instances were not removed after force delete: db-1 (s-3)");
        assertThat(time.instant()).isEqualTo(start.plusSeconds(2 * 60 * 3));
        assertThat(cloud.images()).hasSize(3);
        assertThat(cloud.networks()).hasSize(2);
    }

    @Test
    void servicesMissingFromTheCatalogAreSkipped() {
        cloud.populate();
        cloud.withoutService("image");
        cloud.withoutService("object-store");

        OpenStackCleanupResult result = cleaner.cleanup(session(), TIMEOUT);

        assertThat(result.skipped()).containsExactly("image", "object-store");
        assertThat(cloud.images()).containsExactlyInAnyOrder("i-1", "i-2", "i-3");
        assertThat(cloud.containers()).containsExactlyInAnyOrder("backups", "empty");
        assertThat(cloud.servers()).isEmpty();
        assertThat(cloud.networks()).isEmpty();
        assertThat(cloud.requests()).noneMatch(r -> r.contains(" /image/") || r.contains(" /object/"));
        assertThat(progress).contains("the catalog has no image endpoint: images skipped");
    }
}
