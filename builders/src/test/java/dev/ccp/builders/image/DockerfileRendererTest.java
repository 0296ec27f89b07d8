package dev.ccp.builders.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.builders.ImageTreeFixture;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REFERENCE 5 steps 1-3: variables, helpers and what they record. */
class DockerfileRendererTest {

    @TempDir
    Path dir;

    private ImageDefinition renderOne(ImageTreeFixture fixture, String image) {
        LoadedConfig loaded = fixture.load();
        return ImageTreeLoader.load(loaded.config(), loaded.repositories()).get(image);
    }

    /** Jinja2 drops the template's final newline (keep_trailing_newline is off), so expected texts end without one. */
    @Test
    void imageSpecNamesTheParentWithTheDefaultNamespaceAndTag() {
        ImageTreeFixture fixture = new ImageTreeFixture(dir)
                .dockerfile("r", "one", "FROM {{ base_distro }}:{{ base_tag }}\n")
                .dockerfile("r", "two", "FROM {{ image_spec(\"one\") }}\n");
        ImageDefinition two = renderOne(fixture, "two");
        assertThat(two.renderedDockerfile()).isEqualTo("FROM ccp/one:latest");
        assertThat(two.parent()).contains("one");
        assertThat(renderOne(fixture, "one").parent()).isEmpty();
    }

    @Test
    void imageSpecHasTheRegistryPrefixOnlyWhenPushingAndHonoursImageSpecs() {
        ImageTreeFixture fixture = new ImageTreeFixture(dir)
                .dockerfile("r", "one", "FROM x\n")
                .dockerfile("r", "two", "FROM {{ image_spec('one') }}\nLABEL ns={{ namespace }}\n")
                .config("registry: {address: 'reg.local:5000'}\nimages: {image_specs: {one: {tag: pinned}}}\n");
        assertThat(renderOne(fixture, "two").renderedDockerfile())
                .isEqualTo("FROM ccp/one:pinned\nLABEL ns=reg.local:5000/ccp");
        fixture.config("registry: {address: 'reg.local:5000'}\nbuilder: {push: true}\n");
        assertThat(renderOne(fixture, "two").renderedDockerfile()).startsWith("FROM reg.local:5000/ccp/one:latest\n");
    }

    @Test
    void imageSpecTwiceIsAnError() {
        ImageTreeFixture fixture = new ImageTreeFixture(dir)
                .dockerfile("r", "one", "FROM x\n")
                .dockerfile("r", "two", "FROM {{ image_spec('one') }}\nFROM {{ image_spec('one') }}\n");
        assertThatThrownBy(() -> renderOne(fixture, "two")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("You can use image_spec only once in FROM line")
                .hasMessageContaining("two/Dockerfile.j2");
    }

    @Test
    void copySourcesNeedsASourcesKeyAndRecordsIt() {
        ImageTreeFixture fixture = new ImageTreeFixture(dir)
                .dockerfile("r", "one", "FROM x\n{{ copy_sources('openstack/keystone', '/keystone') }}\n")
                .config("sources: {openstack/keystone: {source_dir: /tmp}}\n");
        ImageDefinition one = renderOne(fixture, "one");
        assertThat(one.renderedDockerfile()).isEqualTo("FROM x\nCOPY openstack/keystone /keystone");
        assertThat(one.sources()).containsExactly("openstack/keystone");

        fixture.dockerfile("r", "one", "FROM x\n{{ copy_sources('openstack/nova', '/nova') }}\n");
        assertThatThrownBy(() -> renderOne(fixture, "one")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("No such source: openstack/nova");
    }

    @Test
    void renderRecordsFilesRenderedWithTheSameVariables() {
        ImageTreeFixture fixture = new ImageTreeFixture(dir)
                .dockerfile("r", "one", "FROM x\nCOPY {{ render('sources.list.j2') }} /etc/apt/\nCOPY {{ render('pip.conf') }} /etc/\n")
                .file("r", "one", "sources.list.j2", "deb {{ url.debian }} {{ etcd_version }}\n")
                .file("r", "one", "pip.conf", "index={{ url.debian | host }}\n")
                .config("url: {debian: 'http://deb.example.org/debian'}\nversions: {etcd_version: v3.0.12}\n");
        ImageDefinition one = renderOne(fixture, "one");
        assertThat(one.renderedDockerfile()).isEqualTo("FROM x\nCOPY sources.list /etc/apt/\nCOPY pip.conf.rendered /etc/");
        assertThat(one.renderedFiles()).isEqualTo(Map.of(
                "sources.list", "deb http://deb.example.org/debian v3.0.12",
                "pip.conf.rendered", "index=deb.example.org"));
    }

    @Test
    void everyUndefinedVariableIsReportedTogether() {
        ImageTreeFixture fixture = new ImageTreeFixture(dir)
                .dockerfile("r", "one", "FROM {{ nowhere }}\n")
                .dockerfile("r", "two", "FROM {{ url.ceph.debian }}\n");
        assertThatThrownBy(() -> renderOne(fixture, "one")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(2))
                .hasMessageContaining("one/Dockerfile.j2").hasMessageContaining("two/Dockerfile.j2");
    }

    @Test
    void raiseExceptionFailsTheRender() {
        ImageTreeFixture fixture = new ImageTreeFixture(dir)
                .dockerfile("r", "one", "{{ raise_exception('unsupported distro') }}\n");
        assertThatThrownBy(() -> renderOne(fixture, "one")).hasMessageContaining("unsupported distro");
    }

    @Test
    void outputNames() {
        assertThat(DockerfileRenderer.outputName("a.conf.j2")).isEqualTo("a.conf");
        assertThat(DockerfileRenderer.outputName("a.conf")).isEqualTo("a.conf.rendered");
    }

    @Test
    void laterRepositoryWinsAndHiddenDirectoriesAreNotSearched() {
        ImageTreeFixture fixture = new ImageTreeFixture(dir)
                .dockerfile("a-first", "one", "FROM first\n")
                .dockerfile("b-second", "one", "FROM second\n")
                .write(dir.resolve("components/a-first/.git/docker/hidden/Dockerfile.j2"), "FROM hidden\n");
        LoadedConfig loaded = fixture.load();
        var templates = DockerfileDiscovery.discover(loaded.repositories(), true);
        assertThat(templates.keySet()).containsExactly("one");
        assertThat(templates.get("one").repository()).isEqualTo("b-second");
        assertThat(renderOne(fixture, "one").renderedDockerfile()).isEqualTo("FROM second");
        assertThat(Optional.of(templates.get("one").file())).contains(dir.resolve("components/b-second/docker/one/Dockerfile.j2"));
    }
}
