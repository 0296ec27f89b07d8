package dev.ccp.builders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.builders.engine.DockerJavaEngine;
import dev.ccp.builders.engine.RegistryHttpApi;
import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.git.JGitCheckout;
import dev.ccp.builders.run.BuildListener;
import dev.ccp.builders.run.BuildReport;
import dev.ccp.builders.run.BuildSettings;
import dev.ccp.builders.run.ImageResult;
import dev.ccp.builders.run.ImageState;
import dev.ccp.builders.run.PlannedImage;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.testing.RequiredServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copy_sources} from a real Git repository (made here with JGit), built by the real
 * dockerd: the image holds the files of the configured ref, the content hash follows the commit
 * the ref names, and a run that finds the image present does not clone.
 */
class GitSourceBuildTest {

    private static final PersonIdent AUTHOR = new PersonIdent("ccp test", "test@ccp.invalid");
    private static DockerJavaEngine engine;
    private static final List<String> created = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dir;

    private final AtomicInteger clones = new AtomicInteger();

    @BeforeAll
    static void services() {
        RequiredServices.docker();
        engine = DockerJavaEngine.connect("unix:///var/run/docker.sock", Duration.ofSeconds(60));
    }

    @AfterAll
    static void removeImages() {
        if (engine != null) {
            created.forEach(engine::remove);
            engine.close();
        }
    }

    @Test
    void copiesTheTaggedThenTheGivenCommitAndClonesOnlyWhenBuilding() throws Exception {
        Path origin = dir.resolve("origin");
        String tagged;
        String later;
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("master").call()) {
            tagged = commit(git, "file", "tagged version\n");
            git.tag().setName("v1.0.0").setAnnotated(true).setMessage("release").setTagger(AUTHOR).setSigned(false).call();
            later = commit(git, "file", "later version\n");
        }
        String namespace = "ccp-test-" + UUID.randomUUID().toString().substring(0, 8);
        String url = origin.toUri().toString();

        BuildReport atTag = build(namespace, url, "v1.0.0");
        ImageResult first = only(atTag);
        assertThat(first.state()).as(first.describe()).isEqualTo(ImageState.BUILT);
        assertThat(clones).hasValue(1);
        assertThat(fileInImage(first.reference())).isEqualTo("tagged version\n");

        clones.set(0);
        long start = System.nanoTime();
        BuildReport again = build(namespace, url, "v1.0.0");
        long noOpMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(only(again).state()).isEqualTo(ImageState.ALREADY_PRESENT);
        assertThat(only(again).hash()).isEqualTo(first.hash());
        assertThat(clones).as("a no-op run clones nothing").hasValue(0);
        System.out.println("no-op rebuild with a git source (plan + run): " + noOpMillis + " ms");

        BuildReport atCommit = build(namespace, url, later);
        ImageResult second = only(atCommit);
        assertThat(second.state()).as(second.describe()).isEqualTo(ImageState.BUILT);
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(fileInImage(second.reference())).isEqualTo("later version\n");

        clones.set(0);
        ImageResult byBranch = only(build(namespace, url, "master"));
        assertThat(byBranch.hash()).as("master names the same commit").isEqualTo(second.hash());
        assertThat(byBranch.state()).isEqualTo(ImageState.ALREADY_PRESENT);
        assertThat(clones).hasValue(0);

        ImageResult backAtTag = only(build(namespace, url, tagged.substring(0, 10)));
        assertThat(backAtTag.hash()).as("a short commit id is resolved by cloning").isEqualTo(first.hash());
        assertThat(backAtTag.state()).isEqualTo(ImageState.BUILT);
        assertThat(fileInImage(backAtTag.reference())).isEqualTo("tagged version\n");
    }

    private BuildReport build(String namespace, String url, String ref) {
        LoadedConfig loaded = new ImageTreeFixture(dir)
                .dockerfile("repo", "app", "FROM {{ base_distro }}:{{ base_tag }}\n{{ copy_sources('mysrc', '/src') }}\n")
                .config("images: {namespace: " + namespace + ", tag: t1}\n"
                        + "sources: {mysrc: {git_url: '" + url + "', git_ref: '" + ref + "'}}\n")
                .load();
        BuildSettings settings = new BuildSettings(2, false, false, "", Optional.empty(), Map.of(), dir.resolve("logs"),
                dir.resolve("work-" + UUID.randomUUID()), 1, Duration.ofMillis(100));
        ImageBuild build = new ImageBuild(engine, new RegistryHttpApi(true, Optional.empty(), Duration.ofSeconds(10)),
                new CountingGit(new JGitCheckout(), clones), settings, BuildListener.NONE, dir);
        List<PlannedImage> plan = build.plan(loaded.config(), loaded.repositories(), List.of());
        plan.forEach(image -> created.add(image.name().reference()));
        return build.run(plan);
    }

    private static ImageResult only(BuildReport report) {
        assertThat(report.results()).hasSize(1);
        return report.results().get(0);
    }

    private static String commit(Git git, String file, String content) throws Exception {
        Files.writeString(git.getRepository().getWorkTree().toPath().resolve(file), content);
        git.add().addFilepattern(file).call();
        return git.commit().setMessage("write " + content).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call().name();
    }

    private static String fileInImage(String reference) throws IOException, InterruptedException {
        Process docker = new ProcessBuilder("docker", "run", "--rm", reference, "cat", "/src/file")
                .redirectErrorStream(true).start();
        String output = new String(docker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(docker.waitFor()).as(output).isZero();
        return output;
    }

    /** Counts clones, delegating to JGit. */
    private record CountingGit(GitCheckout delegate, AtomicInteger clones) implements GitCheckout {
        @Override
        public String cloneAt(String url, String ref, Path destination) {
            clones.incrementAndGet();
            return delegate.cloneAt(url, ref, destination);
        }

        @Override
        public String update(Path repository, String ref) {
            return delegate.update(repository, ref);
        }

        @Override
        public String head(Path repository) {
            return delegate.head(repository);
        }
    }
}
