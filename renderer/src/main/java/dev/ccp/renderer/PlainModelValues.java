package dev.ccp.renderer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fabric8 model objects as plain values (maps, lists, strings, numbers, booleans), the same as
 * the Fabric8 serialization ({@link ModelSerialization}) gives, without building Jackson bean
 * serializers: in a short-lived process that introspection costs more than all the rest of an
 * export.
 *
 * <p>It follows the rules the generated model classes and their serialization keep to. A
 * property is a field annotated {@code @JsonProperty}, named by the annotation. Null values are
 * left out, and empty ones where the field says {@code @JsonInclude(NON_EMPTY)}. The entries of
 * {@code additionalProperties} (the any-getter) are properties too, and win over a field of the
 * same name. An {@link AnyType} such as {@code IntOrString} is its value; a {@link Quantity} is
 * its amount and format as one string. Any other type, or an inclusion rule not listed here, is
 * refused with an {@link IllegalArgumentException}: a model type that needs other rules must not
 * be written wrongly without notice.
 *
 * <p>Thread-safe; what it learns about a class it keeps for the life of the instance.
 */
public final class PlainModelValues {

    private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    private final Map<Class<?>, ModelClass> classes = new ConcurrentHashMap<>();

    /** {@code object} as a mapping of its properties (insertion-ordered, mutable: the caller's copy). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mapping(KubernetesResource object) {
        return (Map<String, Object>) value(object);
    }

    /**
     * {@code value} as plain values: null, String, Number and Boolean as they are, a Map as a
     * {@link LinkedHashMap} of String keys, a Collection as an {@link ArrayList}, a model object
     * as a LinkedHashMap of its properties.
     *
     * @throws IllegalArgumentException for any other type
     */
    public Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Quantity quantity) {
            return quantityText(quantity);
        }
        if (value instanceof AnyType any) {
            return value(any.getValue());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((key, item) -> plain.put(String.valueOf(key), value(item)));
            return plain;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> plain = new ArrayList<>(collection.size());
            collection.forEach(item -> plain.add(value(item)));
            return plain;
        }
        if (value instanceof KubernetesResource) {
            return properties(value);
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as plain values");
    }

    private Map<String, Object> properties(Object object) {
        ModelClass modelClass = classes.computeIfAbsent(object.getClass(), PlainModelValues::modelClass);
        Map<String, Object> plain = new LinkedHashMap<>();
        for (ModelProperty property : modelClass.properties()) {
            Object propertyValue = property.handle().get(object);
            if (property.inclusion().includes(propertyValue)) {
                plain.put(property.name(), value(propertyValue));
            }
        }
        if (modelClass.additionalProperties().isPresent()
                && modelClass.additionalProperties().get().get(object) instanceof Map<?, ?> additional) {
            additional.forEach((key, item) -> plain.put(String.valueOf(key), value(item)));
        }
        return plain;
    }

    private static ModelClass modelClass(Class<?> type) {
        List<ModelProperty> properties = new ArrayList<>();
        VarHandle additionalProperties = null;
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getName().equals(ADDITIONAL_PROPERTIES) && Map.class.isAssignableFrom(field.getType())) {
                    additionalProperties = handle(field);
                    continue;
                }
                JsonProperty json = field.getAnnotation(JsonProperty.class);
                if (json == null || json.access() == JsonProperty.Access.WRITE_ONLY
                        || field.isAnnotationPresent(JsonIgnore.class)) {
                    continue;
                }
                String name = json.value().isEmpty() ? field.getName() : json.value();
                properties.add(new ModelProperty(name, handle(field), Inclusion.of(field)));
            }
        }
        return new ModelClass(List.copyOf(properties), Optional.ofNullable(additionalProperties));
    }

    /**
     * A handle that reads the (private) field. Reading through a VarHandle rather than
     * {@link Field#get} matters in a cold JVM: since Java 18, {@code Field.get} goes through a
     * method handle per field that is interpreted, then customised, for each of the thousands
     * of reads of an export.
     */
    private static VarHandle handle(Field field) {
        try {
            return MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup()).unreflectVarHandle(field);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static String quantityText(Quantity quantity) {
        return (quantity.getAmount() == null ? "" : quantity.getAmount())
                + (quantity.getFormat() == null ? "" : quantity.getFormat());
    }

    /** The properties of a model class, and its any-getter map when it has one. */
    private record ModelClass(List<ModelProperty> properties, Optional<VarHandle> additionalProperties) {
    }

    private record ModelProperty(String name, VarHandle handle, Inclusion inclusion) {
    }

    /** When a property is written: the field's {@code @JsonInclude}, else the serialization's NON_NULL. */
    private enum Inclusion {
        ALWAYS, NON_NULL, NON_EMPTY;

        static Inclusion of(Field field) {
            JsonInclude include = field.getAnnotation(JsonInclude.class);
            if (include == null) {
                return NON_NULL;
            }
            if (include.content() != JsonInclude.Include.ALWAYS && include.content() != JsonInclude.Include.USE_DEFAULTS) {
                throw new IllegalArgumentException("unsupported content inclusion " + include.content() + " on " + field);
            }
            return switch (include.value()) {
                case ALWAYS -> ALWAYS;
                case NON_NULL, NON_ABSENT, USE_DEFAULTS -> NON_NULL;
                case NON_EMPTY -> NON_EMPTY;
                case NON_DEFAULT, CUSTOM -> throw new IllegalArgumentException(
                        "unsupported inclusion " + include.value() + " on " + field);
            };
        }

        boolean includes(Object value) {
            return switch (this) {
                case ALWAYS -> true;
                case NON_NULL -> value != null;
                case NON_EMPTY -> value != null && !isEmpty(value);
            };
        }

        private static boolean isEmpty(Object value) {
            return value instanceof Collection<?> collection && collection.isEmpty()
                    || value instanceof Map<?, ?> map && map.isEmpty()
                    || value instanceof String text && text.isEmpty();
        }
    }
}
