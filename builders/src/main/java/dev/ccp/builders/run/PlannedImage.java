package dev.ccp.builders.run;

import dev.ccp.builders.image.ImageDefinition;
import dev.ccp.builders.image.ImageName;
import dev.ccp.builders.image.SourceTree;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An image a run processes.
 *
 * @param definition the rendered image
 * @param name       its full name
 * @param hash       its content hash
 * @param sources    the sources it copies, on disk
 * @param parent     its parent when the parent is processed in the same run (it waits for it)
 */
public record PlannedImage(ImageDefinition definition, ImageName name, String hash, List<SourceTree> sources,
        Optional<String> parent) {

    public PlannedImage {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
        sources = List.copyOf(sources);
        Objects.requireNonNull(parent, "parent");
    }

    public String image() {
        return definition.name();
    }
}
