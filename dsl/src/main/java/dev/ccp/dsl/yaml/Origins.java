package dev.ccp.dsl.yaml;

import dev.ccp.dsl.problem.Problem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@link Origin} of every value of a {@link ConfigTree}, keyed by its {@link KeyPath}.
 * Immutable; build one with {@link #builder()}.
 */
public final class Origins {

    private static final Origins NONE = new Origins(Map.of());

    private final Map<KeyPath, Origin> byPath;

    private Origins(Map<KeyPath, Origin> byPath) {
        this.byPath = byPath;
    }

    public static Origins none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The origin recorded for exactly this path. */
    public Optional<Origin> exact(KeyPath path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * The origin of {@code path}, or of its nearest enclosing path that has one (a value set as
     * part of a larger one, e.g. the items of a list set in one place).
     */
    public Optional<Origin> of(KeyPath path) {
        KeyPath current = path;
        while (true) {
            Origin origin = byPath.get(current);
            if (origin != null) {
                return Optional.of(origin);
            }
            if (current.isRoot()) {
                return Optional.empty();
            }
            current = current.parent();
        }
    }

    /** A problem with the value at {@code path}, placed at the file and line that set it. */
    public Problem problemAt(KeyPath path, String message) {
        Optional<Origin> origin = of(path);
        return new Problem(origin.map(Origin::file).orElse(null), origin.map(Origin::line).orElse(0), path.toString(),
                message);
    }

    /** The same paths with every origin passed through {@code change}. */
    public Origins mapped(UnaryOperator<Origin> change) {
        Map<KeyPath, Origin> changed = new HashMap<>();
        byPath.forEach((path, origin) -> changed.put(path, change.apply(origin)));
        return new Origins(Map.copyOf(changed));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Origins origins && origins.byPath.equals(byPath);
    }

    @Override
    public int hashCode() {
        return byPath.hashCode();
    }

    public int size() {
        return byPath.size();
    }

    /** Collects origins; the last one recorded for a path wins. */
    public static final class Builder {

        private final Map<KeyPath, Origin> byPath = new HashMap<>();

        private Builder() {
        }

        public Builder put(KeyPath path, Origin origin) {
            byPath.put(path, origin);
            return this;
        }

        public Builder putIfPresent(KeyPath path, Optional<Origin> origin) {
            origin.ifPresent(o -> byPath.put(path, o));
            return this;
        }

        public Origins build() {
            return byPath.isEmpty() ? NONE : new Origins(Map.copyOf(byPath));
        }
    }
}
