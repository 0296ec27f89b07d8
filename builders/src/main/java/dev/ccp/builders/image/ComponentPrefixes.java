package dev.ccp.builders.image;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code -c} for images: each component selects the images whose name starts with it (a
 * literal prefix, REFERENCE 1.10 and 5 step 6).
 */
public final class ComponentPrefixes {

    private ComponentPrefixes() {
    }

    /**
     * @return the matching image names, sorted; every image when {@code components} is empty
     * @throws InvalidInputException naming every component that matches nothing
     */
    public static Set<String> select(Collection<String> images, List<String> components) {
        Set<String> selected = new TreeSet<>();
        if (components.isEmpty()) {
            selected.addAll(images);
            return selected;
        }
        List<Problem> problems = new ArrayList<>();
        for (String component : components) {
            List<String> matching = images.stream().filter(image -> image.startsWith(component)).toList();
            if (matching.isEmpty()) {
                problems.add(Problem.at(null, "", "Component \"" + component + "\" doesn't match any dockerfile"));
            }
            selected.addAll(matching);
        }
        InvalidInputException.throwIfAny(null, problems);
        return selected;
    }
}
