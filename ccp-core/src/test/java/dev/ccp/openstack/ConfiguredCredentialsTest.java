package dev.ccp.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator credentials and auth URL of the cleanup, from the example config (REFERENCE 7.2, 7.7, 2.7). */
class ConfiguredCredentialsTest {

    private static final Path REPO = Path.of(System.getProperty("ccp.repo", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private CcpConfig example(String extra) throws IOException {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, Files.readString(REPO.resolve("etc/topology-example.yaml")) + extra);
        return new ConfigLoader().load(Optional.of(config), new HostEnvironment(dir, 2, REPO.resolve("components")))
                .config();
    }

    @Test
    void theExampleGivesTheAdministratorAndKeystonesAddressAsTheOpenrcHasThem() throws IOException {
        OpenStackCredentials credentials = ConfiguredCredentials.read(example(""), Optional.empty());

        assertThat(credentials.authUrl()).isEqualTo(URI.create("http://keystone.ccp.svc.cluster.local:5000/v3"));
        assertThat(credentials.userName()).isEqualTo("admin");
        assertThat(credentials.password().reveal()).isEqualTo("password");
        assertThat(credentials.projectName()).isEqualTo("admin");
        assertThat(credentials.region()).contains("RegionOne");
        assertThat(credentials.toString()).doesNotContain("password=password");
    }

    @Test
    void withIngressTheAuthUrlIsTheExternalHttpsHost() throws IOException {
        OpenStackCredentials credentials = ConfiguredCredentials.read(example("configs:\n  ingress:\n    enabled: true\n"),
                Optional.empty());

        assertThat(credentials.authUrl()).isEqualTo(URI.create("https://identity.external:8443/v3"));
    }

    @Test
    void theAuthUrlOptionWins() throws IOException {
        OpenStackCredentials credentials = ConfiguredCredentials.read(example(""), Optional.of("https://10.0.0.5:5000/v3"));

        assertThat(credentials.authUrl()).isEqualTo(URI.create("https://10.0.0.5:5000/v3"));
    }

    @Test
    void withoutAProjectNameThereAreNoKeystoneConfigs() throws IOException {
        CcpConfig config = example("configs:\n  openstack:\n    project_name: null\n");

        assertThatThrownBy(() -> ConfiguredCredentials.read(config, Optional.empty()))
                .isInstanceOf(CcpException.class)
                .hasMessage("There are no Keystone configs provided. Run with --skip-os-cleanup flag if OpenStack is not deployed");
    }

    @Test
    void anAuthUrlThatIsNoHttpUrlIsInvalidInput() throws IOException {
        CcpConfig config = example("");

        assertThatThrownBy(() -> ConfiguredCredentials.read(config, Optional.of("keystone:5000/v3")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--auth-url: expected an http:// or https:// URL of keystone");
    }
}
