package dev.ccp.cli.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.problem.CcpException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --force}: what it deletes, and the directories it refuses to delete. */
class RepositoriesDirectoryTest {

    @TempDir
    Path work;

    @Test
    void refusesTheRootDirectory() {
        // the pure check only: nothing here may ever be handed to wipe()
        assertThat(RepositoriesDirectory.refusal(Path.of("/"), work)).contains("the root directory");
    }

    @Test
    void refusesTheHomeDirectoryAndItsParents() throws Exception {
        Path home = Files.createDirectories(work.resolve("users/me"));

        assertThat(RepositoriesDirectory.refusal(home, home)).contains("the home directory");
        assertThat(RepositoriesDirectory.refusal(work.resolve("users"), home)).contains("a parent of the home directory");
        assertThat(RepositoriesDirectory.refusal(Files.createDirectory(home.resolve("ccp-repos")), home)).isEmpty();
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(work.resolve("file"), "x");

        assertThat(RepositoriesDirectory.refusal(file, work.resolve("home"))).contains("not a directory");
    }

    @Test
    void wipeOfTheHomeDirectoryThroughASymbolicLinkDeletesNothing() throws Exception {
        Path home = Files.createDirectories(work.resolve("home"));
        Files.writeString(home.resolve("precious"), "keep");
        Path link = Files.createSymbolicLink(work.resolve("repos"), home);

        assertThatThrownBy(() -> RepositoriesDirectory.wipe(link, home))
                .isInstanceOf(CcpException.class)
                .hasMessage("refusing to delete repositories.path " + link
                        + " for --force: it is the home directory; point repositories.path at a directory of its own");
        assertThat(home.resolve("precious")).hasContent("keep");
    }

    @Test
    void wipeDeletesTheTreeButNotWhatLinksInsidePointTo() throws Exception {
        Path outside = Files.createDirectories(work.resolve("outside"));
        Files.writeString(outside.resolve("kept"), "kept");
        Path repos = Files.createDirectories(work.resolve("home/ccp-repos/alpha/.git"));
        Files.writeString(repos.resolve("HEAD"), "ref: refs/heads/master");
        Files.createSymbolicLink(work.resolve("home/ccp-repos/link"), outside);

        assertThat(RepositoriesDirectory.wipe(work.resolve("home/ccp-repos"), work.resolve("home"))).isTrue();

        assertThat(work.resolve("home/ccp-repos")).doesNotExist();
        assertThat(work.resolve("home")).isDirectory();
        assertThat(outside.resolve("kept")).hasContent("kept");
    }

    @Test
    void wipeOfAMissingDirectoryDoesNothing() {
        assertThat(RepositoriesDirectory.wipe(work.resolve("absent"), work)).isFalse();
    }
}
