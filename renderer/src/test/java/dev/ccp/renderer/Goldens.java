package dev.ccp.renderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Expected YAML documents under {@code src/test/resources/golden/}, written by hand from
 * REFERENCE. Config hashes are covered by their own tests; in goldens they read
 * {@code <config-hash>}.
 */
final class Goldens {

    static final Path DIRECTORY = Path.of("src/test/resources/golden");
    static final String HASH_PLACEHOLDER = "<config-hash>";

    private static final Pattern HASH_ANNOTATION = Pattern.compile("(?m)^(\\s+ccp\\.dev/config-hash: )[0-9a-f]{64}$");
    private static final Pattern HASH_VARIABLE = Pattern.compile("(?m)(- name: CCP_CONFIG_HASH\\n\\s+value: )[0-9a-f]{64}$");

    private Goldens() {
    }

    static String read(String file) {
        try {
            return Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code yaml} with every config hash replaced by {@link #HASH_PLACEHOLDER}. */
    static String withoutHashes(String yaml) {
        String text = HASH_ANNOTATION.matcher(yaml).replaceAll("$1" + HASH_PLACEHOLDER);
        return HASH_VARIABLE.matcher(text).replaceAll("$1" + HASH_PLACEHOLDER);
    }
}
