package dev.ccp.builders.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content hash changes exactly when a build input changes. */
class ImageHasherTest {

    @TempDir
    Path dir;

    private ImageDefinition image;

    @BeforeEach
    void context() throws IOException {
        Files.writeString(dir.resolve("Dockerfile.j2"), "FROM {{ x }}");
        Files.writeString(dir.resolve("start.sh"), "echo hi");
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/a.conf"), "a=1");
        image = new ImageDefinition("one", "r", dir.resolve("Dockerfile.j2"), Optional.empty(), List.of(),
                Map.of("x.conf", "x"), "FROM debian", dir);
    }

    private String hash() {
        return ImageHasher.hash(image, List.of(), Optional.of("parent-hash"));
    }

    @Test
    void sameInputsGiveTheSameHash() {
        assertThat(hash()).isEqualTo(hash()).hasSize(64);
    }

    @Test
    void contextFilesRenderedFilesParentAndSourcesChangeIt() throws IOException {
        String before = hash();
        Files.writeString(dir.resolve("conf/a.conf"), "a=2");
        String afterContext = hash();
        assertThat(afterContext).isNotEqualTo(before);
        ImageDefinition rendered = new ImageDefinition("one", "r", image.dockerfileTemplate(), Optional.empty(), List.of(),
                Map.of("x.conf", "y"), "FROM debian", dir);
        assertThat(ImageHasher.hash(rendered, List.of(), Optional.of("parent-hash"))).isNotEqualTo(afterContext);
        assertThat(ImageHasher.hash(image, List.of(), Optional.of("other-parent"))).isNotEqualTo(afterContext);
        SourceTree source = new SourceTree("src", dir, "git:1111");
        SourceTree moved = new SourceTree("src", dir, "git:2222");
        assertThat(ImageHasher.hash(image, List.of(source), Optional.of("parent-hash")))
                .isNotEqualTo(ImageHasher.hash(image, List.of(moved), Optional.of("parent-hash")));
    }

    @Test
    void filesNamedDockerfileAreNotPartOfTheContext() throws IOException {
        String before = hash();
        Files.writeString(dir.resolve("Dockerfile.j2"), "FROM {{ y }}");
        Files.writeString(dir.resolve("Dockerfile.old"), "anything");
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void theBuildContextHoldsWhatTheReferenceLists() throws IOException {
        Path source = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-src"));
        Files.writeString(source.resolve("setup.py"), "pass");
        Path context = BuildContextWriter.write(image, List.of(new SourceTree("openstack/keystone", source, "dir:x")),
                dir.resolveSibling(dir.getFileName() + "-ctx"));
        assertThat(Files.readString(context.resolve("Dockerfile"))).isEqualTo("FROM debian");
        assertThat(Files.readString(context.resolve("x.conf"))).isEqualTo("x");
        assertThat(Files.readString(context.resolve("conf/a.conf"))).isEqualTo("a=1");
        assertThat(Files.readString(context.resolve("start.sh"))).isEqualTo("echo hi");
        assertThat(Files.readString(context.resolve("openstack/keystone/setup.py"))).isEqualTo("pass");
        assertThat(context.resolve("Dockerfile.j2")).doesNotExist();
    }
}
