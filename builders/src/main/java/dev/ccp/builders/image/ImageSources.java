package dev.ccp.builders.image;

import dev.ccp.builders.git.GitCheckout;
import dev.ccp.dsl.problem.CcpException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code sources} section on disk: a {@code git_url}+{@code git_ref} entry is cloned once
 * per run into {@code workDir}; a {@code source_dir} entry is used where it is (relative paths
 * against {@code baseDir}). Each is resolved once, whatever the number of images using it.
 */
public final class ImageSources {

    private final Map<String, Object> sources;
    private final GitCheckout git;
    private final Path workDir;
    private final Path baseDir;
    private final Map<String, SourceTree> resolved = new HashMap<>();

    /**
     * @param sources the {@code sources} section
     * @param git     clones git sources
     * @param workDir where clones go (created when needed)
     * @param baseDir what relative {@code source_dir}s are relative to
     */
    public ImageSources(Map<String, Object> sources, GitCheckout git, Path workDir, Path baseDir) {
        this.sources = Map.copyOf(sources);
        this.git = Objects.requireNonNull(git, "git");
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
    }

    /** The source {@code name} on disk, cloning it the first time it is asked for. */
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
            String ref = entry.get("git_ref") == null ? null : entry.get("git_ref").toString();
            String commit = git.cloneAt(String.valueOf(entry.get("git_url")), ref, destination);
            tree = new SourceTree(name, destination, "git:" + commit);
        }
        resolved.put(name, tree);
        return tree;
    }
}
