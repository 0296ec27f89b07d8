package dev.ccp.builders.run;

import dev.ccp.builders.engine.ImageEngine;
import dev.ccp.builders.image.ImageDefinition;
import dev.ccp.builders.image.ImageGraph;
import dev.ccp.builders.image.ImageHasher;
import dev.ccp.builders.image.ImageNaming;
import dev.ccp.builders.image.ImageSources;
import dev.ccp.builders.image.SourceTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the images to process into {@link PlannedImage}s with content hashes, parents first.
 * A parent processed in the same run contributes its computed hash; a parent outside the run
 * contributes the {@code ccp.hash} label of its local image (what the child is built on).
 */
public final class BuildPlanner {

    /** The label holding an image's ccp name. */
    public static final String IMAGE_LABEL = "ccp.image";
    /** The label holding an image's content hash. */
    public static final String HASH_LABEL = "ccp.hash";

    private final ImageEngine engine;
    private final ImageNaming naming;
    private final ImageSources sources;

    public BuildPlanner(ImageEngine engine, ImageNaming naming, ImageSources sources) {
        this.engine = engine;
        this.naming = naming;
        this.sources = sources;
    }

    /** @param order the images to process, parents before children ({@link ImageGraph#buildOrder}) */
    public List<PlannedImage> plan(ImageGraph graph, List<String> order) {
        Map<String, String> hashes = new HashMap<>();
        List<PlannedImage> plan = new ArrayList<>();
        for (String name : order) {
            ImageDefinition image = graph.get(name);
            Optional<String> parentInRun = image.parent().filter(hashes::containsKey);
            Optional<String> parentHash = image.parent().map(parent -> hashes.containsKey(parent)
                    ? hashes.get(parent) : existingHash(parent));
            List<SourceTree> copied = image.sources().stream().map(sources::resolve).toList();
            String hash = ImageHasher.hash(image, copied, parentHash);
            hashes.put(name, hash);
            plan.add(new PlannedImage(image, naming.nameOf(name), hash, copied, parentInRun));
        }
        return List.copyOf(plan);
    }

    private String existingHash(String parent) {
        return engine.localLabels(naming.nameOf(parent).reference())
                .map(labels -> labels.getOrDefault(HASH_LABEL, "unlabelled"))
                .orElse("absent");
    }
}
