package dev.ccp.builders.image;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The image tree: each image attached to the parent its {@code image_spec()} named. Built only
 * from a consistent set: every parent known, no cycles.
 *
 * @param images every image by name, sorted
 */
public record ImageGraph(Map<String, ImageDefinition> images) {

    public ImageGraph {
        images = Collections.unmodifiableMap(new TreeMap<>(images));
    }

    /**
     * @throws InvalidInputException for images whose parent is unknown (REFERENCE 5 step 4) and
     *                               for cycles, naming the images
     */
    public static ImageGraph of(Collection<ImageDefinition> definitions) {
        Map<String, ImageDefinition> byName = new TreeMap<>();
        definitions.forEach(definition -> byName.put(definition.name(), definition));
        List<String> orphans = new ArrayList<>();
        byName.values().forEach(image -> image.parent()
                .filter(parent -> !byName.containsKey(parent))
                .ifPresent(parent -> orphans.add(image.name() + "[" + parent + "]")));
        if (!orphans.isEmpty()) {
            throw new InvalidInputException(Problem.at(null, "",
                    "Could not find parents for the following images: " + String.join(", ", orphans)));
        }
        List<Problem> cycles = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (String start : byName.keySet()) {
            List<String> path = new ArrayList<>();
            String current = start;
            while (current != null && !path.contains(current)) {
                path.add(current);
                current = byName.get(current).parent().orElse(null);
            }
            if (current != null && reported.add(cycleKey(path.subList(path.indexOf(current), path.size())))) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
                cycle.add(current);
                cycles.add(Problem.at(byName.get(current).dockerfileTemplate().toString(), "",
                        "image parents form a cycle: " + String.join(" -> ", cycle)));
            }
        }
        InvalidInputException.throwIfAny("The image tree has cycles", cycles);
        return new ImageGraph(byName);
    }

    private static String cycleKey(List<String> cycle) {
        return new TreeSet<>(cycle).toString();
    }

    public ImageDefinition get(String name) {
        ImageDefinition image = images.get(name);
        if (image == null) {
            throw new IllegalArgumentException("unknown image " + name);
        }
        return image;
    }

    public Optional<String> parent(String name) {
        return get(name).parent();
    }

    /** The images whose parent is {@code name}, sorted. */
    public List<String> children(String name) {
        return images.values().stream().filter(image -> image.parent().filter(name::equals).isPresent())
                .map(ImageDefinition::name).toList();
    }

    /** Every image with parents before children, siblings by name. */
    public List<String> topologicalOrder() {
        List<String> order = new ArrayList<>();
        images.values().stream().filter(image -> image.parent().isEmpty())
                .forEach(root -> appendSubtree(root.name(), order));
        return order;
    }

    private void appendSubtree(String name, List<String> order) {
        List<String> level = List.of(name);
        while (!level.isEmpty()) {
            order.addAll(level);
            level = level.stream().flatMap(image -> children(image).stream()).toList();
        }
    }

    /**
     * REFERENCE 6.4: an image listed in {@code images.base_images} must have no parent, and
     * every other image must have one.
     */
    public List<Problem> baseImageProblems(List<String> baseImages) {
        List<Problem> problems = new ArrayList<>();
        for (ImageDefinition image : images.values()) {
            String file = image.dockerfileTemplate().toString();
            if (baseImages.contains(image.name()) && image.parent().isPresent()) {
                problems.add(Problem.at(file, "", "Image " + image.name()
                        + " is listed as base image but has a parent " + image.parent().get()));
            } else if (!baseImages.contains(image.name()) && image.parent().isEmpty()) {
                problems.add(Problem.at(file, "", "Image " + image.name()
                        + " doesn't have a parent and is not listed as base image. Malformed FROM line?"));
            }
        }
        return problems;
    }

    /**
     * Which images a build processes (REFERENCE 5 steps 6 and 7), parents before children.
     *
     * @param components               {@code -c} prefixes; empty selects every image
     * @param buildBaseImagesIfMissing add ancestors of selected images up to one that is
     *                                 selected or {@code ready}
     * @param keepTreeConsistency      also process descendants of processed images that are
     *                                 {@code ready} (present locally), so they follow their parent
     * @param ready                    whether an image already exists locally
     */
    public List<String> buildOrder(List<String> components, boolean buildBaseImagesIfMissing,
            boolean keepTreeConsistency, Predicate<String> ready) {
        Set<String> selected = new LinkedHashSet<>(ComponentPrefixes.select(images.keySet(), components));
        if (buildBaseImagesIfMissing) {
            for (String image : List.copyOf(selected)) {
                Optional<String> ancestor = parent(image);
                while (ancestor.isPresent() && !selected.contains(ancestor.get()) && !ready.test(ancestor.get())) {
                    selected.add(ancestor.get());
                    ancestor = parent(ancestor.get());
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> processed = new LinkedHashSet<>();
        for (String image : topologicalOrder()) {
            boolean parentProcessed = parent(image).filter(processed::contains).isPresent();
            if (selected.contains(image) || (keepTreeConsistency && parentProcessed && ready.test(image))) {
                processed.add(image);
                order.add(image);
            }
        }
        return List.copyOf(order);
    }
}
