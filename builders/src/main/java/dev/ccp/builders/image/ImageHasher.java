package dev.ccp.builders.image;

import java.util.List;
import java.util.Optional;

/**
 * The content hash of an image: SHA-256 over its rendered Dockerfile, the files
 * {@code render()} produced, the files of its context directory (sorted relative paths and
 * bytes, names containing {@code Dockerfile} at the top excluded, as the build context does),
 * the fingerprints of the sources it copies, and its parent's hash. Equal hashes mean equal
 * build inputs.
 */
public final class ImageHasher {

    private ImageHasher() {
    }

    public static String hash(ImageDefinition image, List<SourceTree> sources, Optional<String> parentHash) {
        TreeDigest digest = new TreeDigest().field("ccp-image-v1").field(image.renderedDockerfile());
        image.renderedFiles().forEach((name, text) -> digest.field("rendered").field(name).field(text));
        digest.field("context").tree(image.contextDir(), BuildContextWriter::copiedIntoContext);
        image.extraFiles().forEach((name, file) -> digest.field("extra").field(name).file(file));
        for (SourceTree source : sources) {
            digest.field("source").field(source.name()).field(source.fingerprint());
        }
        digest.field("parent").field(parentHash.orElse(""));
        return digest.hex();
    }
}
