package dev.ccp.testing.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A Git repository a test builds with JGit, to clone from. */
public final class SourceRepository implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("ccp test", "test@ccp.invalid");

    private final Git git;

    private SourceRepository(Git git) {
        this.git = git;
    }

    /** A new repository at {@code directory} whose first branch is {@code master}. */
    public static SourceRepository create(Path directory) throws GitAPIException {
        return new SourceRepository(Git.init().setDirectory(directory.toFile()).setInitialBranch("master").call());
    }

    public Path directory() {
        return git.getRepository().getWorkTree().toPath();
    }

    /** Writes {@code file} and commits it on the current branch; returns the commit id. */
    public String commit(String file, String content) throws IOException, GitAPIException {
        Files.writeString(directory().resolve(file), content);
        git.add().addFilepattern(file).call();
        RevCommit commit = git.commit().setMessage("write " + file + ": " + content).setAuthor(AUTHOR).setCommitter(AUTHOR)
                .setSign(false).call();
        return commit.name();
    }

    /** Creates {@code branch} at the current commit and switches to it. */
    public void newBranch(String branch) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(branch).call();
    }

    public void switchTo(String branch) throws GitAPIException {
        git.checkout().setName(branch).call();
    }

    /** An annotated tag at the current commit. */
    public void annotatedTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage("release " + name).setTagger(AUTHOR).setSigned(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
