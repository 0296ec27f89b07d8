package dev.ccp.dsl.yaml;

/**
 * Where a configuration value was set.
 *
 * @param layer what set it, as users read it ({@code global defaults}, {@code component
 *              defaults}); empty when the file alone says enough (the user's own files)
 * @param file  the file as the user should see it; {@code null} for built-in values
 * @param line  1-based line in {@code file}; 0 when unknown
 */
public record Origin(String layer, String file, int line) {

    public Origin {
        layer = layer == null ? "" : layer;
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
        if (file == null && layer.isEmpty()) {
            throw new IllegalArgumentException("an origin names a layer, a file or both");
        }
    }

    /** A value that comes with the tool rather than from a file. */
    public static Origin builtIn(String layer) {
        return new Origin(layer, null, 0);
    }

    /**
     * How {@code config dump --explain} shows it: {@code global defaults},
     * {@code /home/u/.ccp.yaml:4}, {@code component defaults: components/keystone/service/files/defaults.yaml:12}.
     */
    public String describe() {
        if (file == null) {
            return layer;
        }
        String place = line > 0 ? file + ":" + line : file;
        return layer.isEmpty() ? place : layer + ": " + place;
    }

    @Override
    public String toString() {
        return describe();
    }
}
