package dev.ccp.builders;

import dev.ccp.builders.engine.ImageEngine;
import dev.ccp.builders.engine.RemoteImages;
import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.image.ImageGraph;
import dev.ccp.builders.image.ImageNaming;
import dev.ccp.builders.image.ImageSources;
import dev.ccp.builders.image.AgentArtifacts;
import dev.ccp.builders.image.ImageTreeLoader;
import dev.ccp.builders.run.BuildListener;
import dev.ccp.builders.run.BuildPlanner;
import dev.ccp.builders.run.BuildReport;
import dev.ccp.builders.run.BuildRunner;
import dev.ccp.builders.run.BuildSettings;
import dev.ccp.builders.run.PlannedImage;
import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.config.CcpConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code ccp build} as a list of steps: load the image tree (discover, render, attach parents),
 * choose the images to process, hash them, run the builds. One instance per run.
 */
public final class ImageBuild {

    private final ImageEngine engine;
    private final BuildRunner runner;
    private final GitCheckout git;
    private final BuildSettings settings;
    private final Path baseDir;
    private final Optional<AgentArtifacts> agent;

    /**
     * @param baseDir what relative {@code sources.*.source_dir} paths are relative to
     */
    public ImageBuild(ImageEngine engine, RemoteImages registry, GitCheckout git, BuildSettings settings,
            BuildListener listener, Path baseDir) {
        this(engine, registry, git, settings, listener, baseDir, Optional.empty());
    }

    /** @param agent the in-container agent that {@code ccp_agent()} in a Dockerfile copies into the image */
    public ImageBuild(ImageEngine engine, RemoteImages registry, GitCheckout git, BuildSettings settings,
            BuildListener listener, Path baseDir, Optional<AgentArtifacts> agent) {
        this.agent = agent;
        this.engine = engine;
        this.git = git;
        this.settings = settings;
        this.baseDir = baseDir;
        this.runner = new BuildRunner(engine, registry, settings, listener);
    }

    /** The images to process, hashed, parents first. */
    public List<PlannedImage> plan(CcpConfig config, List<ComponentRepository> repositories, List<String> components) {
        ImageGraph graph = ImageTreeLoader.load(config, repositories, agent);
        ImageNaming naming = ImageTreeLoader.naming(config);
        List<String> order = graph.buildOrder(components, config.builder().buildBaseImagesIfNotExist(),
                config.builder().keepImageTreeConsistency(),
                image -> engine.localLabels(naming.nameOf(image).reference()).isPresent());
        ImageSources sources = new ImageSources(config.sources(), git, settings.workDir().resolve("sources"), baseDir);
        return new BuildPlanner(engine, naming, sources).plan(graph, order);
    }

    public BuildReport run(List<PlannedImage> plan) {
        return runner.run(plan);
    }

    /** Cancels the run (from a signal handler): pending images are not started, running builds stop. */
    public void cancel() {
        runner.cancel();
    }
}
