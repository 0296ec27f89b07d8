package dev.ccp.builders.image;

import dev.ccp.builders.git.GitCheckout;
import dev.ccp.dsl.problem.CcpException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code sources} section: a {@code git_url}+{@code git_ref} entry is identified by the
 * commit its ref names, asked of the remote without cloning when possible, and cloned into
 * {@code workDir} at that very commit only when a build needs its files; a {@code source_dir}
 * entry is used where it is (relative paths against {@code baseDir}). Each is resolved once,
 * whatever the number of images using it.
 */
public final class ImageSources {

    private final Map<String, Object> sources;
    private final GitCheckout git;
    private final Path workDir;
    private final Path baseDir;
    private final GitRefResolver refs;
    private final Map<String, SourceTree> resolved = new HashMap<>();

    /**
     * @param sources the {@code sources} section
     * @param git     clones git sources
     * @param workDir where clones go (created when needed)
     * @param baseDir what relative {@code source_dir}s are relative to
     */
    public ImageSources(Map<String, Object> sources, GitCheckout git, Path workDir, Path baseDir) {
        this(sources, git, new GitRefResolver(Duration.ofMinutes(1)), workDir, baseDir);
    }

    /** @param refs finds the commit of a ref without cloning */
    public ImageSources(Map<String, Object> sources, GitCheckout git, GitRefResolver refs, Path workDir, Path baseDir) {
        this.refs = Objects.requireNonNull(refs, "refs");
        this.sources = Map.copyOf(sources);
        this.git = Objects.requireNonNull(git, "git");
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
    }

    /** The source {@code name}, its git clone deferred to the first build that needs it when its commit is known. */
    public synchronized SourceTree resolve(String name) {
        SourceTree known = resolved.get(name);
        if (known != null) {
            return known;
        }
        if (!(sources.get(name) instanceof Map<?, ?> entry)) {
            throw new CcpException("No such source: " + name);
        }
        SourceTree tree;
        if (entry.get("source_dir") != null) {
            Path directory = baseDir.resolve(entry.get("source_dir").toString()).normalize();
            if (!Files.isDirectory(directory)) {
                throw new CcpException("sources." + name + ".source_dir: " + directory + " is not a directory");
            }
            tree = new SourceTree(name, directory, "dir:" + new TreeDigest().tree(directory, path -> true).hex());
        } else {
            Path destination = workDir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
            String url = String.valueOf(entry.get("git_url"));
            String ref = entry.get("git_ref") == null ? null : entry.get("git_ref").toString();
            Optional<String> resolvedCommit = refs.commitOf(url, ref);
            if (resolvedCommit.isPresent()) {
                String commit = resolvedCommit.get();
                tree = SourceTree.lazy(name, "git:" + commit, () -> cloneAtCommit(name, url, ref, commit, destination));
            } else {
                tree = new SourceTree(name, destination, "git:" + git.cloneAt(url, ref, destination));
            }
        }
        resolved.put(name, tree);
        return tree;
    }

    /** Clones at the commit the hash was computed from, so the image holds what its hash says. */
    private Path cloneAtCommit(String name, String url, String ref, String commit, Path destination) {
        String checkedOut = git.cloneAt(url, commit, destination);
        if (!checkedOut.equals(commit)) {
            throw new CcpException("sources." + name + ": " + url + " at '" + ref + "' gave commit " + checkedOut
                    + ", expected " + commit);
        }
        return destination;
    }
}
