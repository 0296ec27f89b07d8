package dev.ccp.builders.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The commit a ref names in a remote, asked of the remote (no clone). */
class GitRefResolverTest {

    private static final PersonIdent AUTHOR = new PersonIdent("ccp test", "test@ccp.invalid");

    @TempDir
    static Path dir;

    /** first, second (master) and third (branch "feature"); tags: annotated at first, lightweight at second. */
    private static Map<String, String> commits;
    private static String url;

    @BeforeAll
    static void repository() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("master").call()) {
            String first = commit(git, "one");
            git.tag().setName("v1.0.0").setAnnotated(true).setMessage("release").setTagger(AUTHOR).setSigned(false).call();
            String second = commit(git, "two");
            git.tag().setName("light").setAnnotated(false).call();
            git.checkout().setCreateBranch(true).setName("feature").call();
            String third = commit(git, "three");
            // a tag named like a branch: the branch wins, as with git checkout
            git.tag().setName("master").setAnnotated(false).call();
            git.checkout().setName("refs/heads/master").call();
            commits = Map.of("first", first, "second", second, "third", third);
        }
        url = dir.toUri().toString();
    }

    private static String commit(Git git, String content) throws Exception {
        Files.writeString(dir.resolve("file"), content);
        git.add().addFilepattern("file").call();
        return git.commit().setMessage(content).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call().name();
    }

    @ParameterizedTest
    @CsvSource(value = {
        "v1.0.0, first",
        "refs/tags/v1.0.0, first",
        "light, second",
        "master, second",
        "refs/heads/master, second",
        "feature, third",
        "NULL, second",
        "no-such-ref, NONE",
    }, nullValues = "NULL")
    void findsTheCommitOfARef(String ref, String expected) {
        Optional<String> commit = new GitRefResolver(Duration.ofSeconds(10)).commitOf(url, ref);
        assertThat(commit).isEqualTo(expected.equals("NONE") ? Optional.empty() : Optional.of(commits.get(expected)));
    }

    @ParameterizedTest
    @CsvSource({"first, 40, true", "second, 10, false", "third, 7, false"})
    void aFullCommitIdIsItsOwnAnswerAShortOneIsLeftToTheClone(String which, int length, boolean known) {
        String id = commits.get(which).substring(0, length);
        Optional<String> commit = new GitRefResolver(Duration.ofSeconds(10)).commitOf(url, id.toUpperCase());
        assertThat(commit).isEqualTo(known ? Optional.of(commits.get(which)) : Optional.empty());
    }

    @org.junit.jupiter.api.Test
    void anUnreachableRemoteIsLeftToTheClone() {
        assertThat(new GitRefResolver(Duration.ofSeconds(5)).commitOf(dir.resolve("missing").toUri().toString(), "master"))
                .isEmpty();
    }
}
