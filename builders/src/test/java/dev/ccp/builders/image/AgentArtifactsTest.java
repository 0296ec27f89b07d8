package dev.ccp.builders.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.builders.ImageTreeFixture;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccp_agent()}: the agent's jar and launcher go into the base image's context and hash. */
class AgentArtifactsTest {

    @TempDir
    Path dir;

    private AgentArtifacts agent;
    private ImageTreeFixture fixture;

    @BeforeEach
    void agentAndBaseImage() throws IOException {
        Path home = dir.resolve("ccp");
        Files.createDirectories(home.resolve("entrypoint/target"));
        Files.createDirectories(home.resolve("entrypoint/src/main/sh"));
        Files.writeString(home.resolve("entrypoint/target/ccp-entrypoint.jar"), "jar v1");
        Files.writeString(home.resolve("entrypoint/src/main/sh/ccp-entrypoint"), "#!/bin/sh\nexec java -jar x\n");
        home.resolve("entrypoint/src/main/sh/ccp-entrypoint").toFile().setExecutable(true, false);
        agent = AgentArtifacts.under(home);
        fixture = new ImageTreeFixture(dir.resolve("repos")).dockerfile("r", "base", "FROM x\n{{ ccp_agent() }}\nRUN true\n");
    }

    private ImageDefinition base(Optional<AgentArtifacts> artifacts) {
        LoadedConfig loaded = fixture.load();
        return ImageTreeLoader.load(loaded.config(), loaded.repositories(), artifacts).get("base");
    }

    @Test
    void rendersTheCopyLinesAndRecordsTheFiles() {
        ImageDefinition base = base(Optional.of(agent));
        assertThat(base.renderedDockerfile()).isEqualTo("FROM x\nCOPY ccp-entrypoint.jar /opt/ccp/lib/ccp-entrypoint.jar\n"
                + "COPY ccp-entrypoint /opt/ccp/bin/ccp-entrypoint\nRUN true");
        assertThat(base.extraFiles()).containsOnlyKeys("ccp-entrypoint.jar", "ccp-entrypoint");
    }

    @Test
    void theBuildContextHoldsTheAgentAndTheLauncherStaysExecutable() {
        Path context = BuildContextWriter.write(base(Optional.of(agent)), List.of(), dir.resolve("context"));
        assertThat(context.resolve("ccp-entrypoint.jar")).hasContent("jar v1");
        assertThat(Files.isExecutable(context.resolve("ccp-entrypoint"))).isTrue();
    }

    @Test
    void aNewAgentChangesTheBaseImageHash() throws IOException {
        String before = ImageHasher.hash(base(Optional.of(agent)), List.of(), Optional.empty());
        assertThat(ImageHasher.hash(base(Optional.of(agent)), List.of(), Optional.empty())).isEqualTo(before);
        Files.writeString(agent.jar(), "jar v2");
        assertThat(ImageHasher.hash(base(Optional.of(agent)), List.of(), Optional.empty())).isNotEqualTo(before);
    }

    @Test
    void aMissingAgentFailsTheBuildContextWithHowToBuildIt() throws IOException {
        Files.delete(agent.jar());
        ImageDefinition base = base(Optional.of(agent));
        assertThatThrownBy(() -> BuildContextWriter.write(base, List.of(), dir.resolve("context")))
                .isInstanceOf(CcpException.class).hasMessageContaining("ccp-entrypoint.jar is missing")
                .hasMessageContaining("mvn");
    }

    @Test
    void withoutAKnownAgentTheDockerfileFailsToRender() {
        assertThatThrownBy(() -> base(Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ccp_agent()");
    }
}
