package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.lib.filter.Filter;
import dev.ccp.dsl.jinja.python.PythonMethods;
import java.beans.FeatureDescriptor;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;
import jinjava.javax.el.PropertyNotFoundException;

/**
 * Attribute, item and method access with Jinja2's semantics, wrapped around Jinjava's resolver:
 * <ul>
 *   <li>a missing key, index or attribute is {@link Undefined} (Jinjava: {@code null}, the same
 *       as a key holding None); any attribute of an Undefined raises;</li>
 *   <li>{@code str}, {@code dict} and {@code list} methods behave as in Python
 *       ({@link PythonMethods}); other calls go to Jinjava;</li>
 *   <li>a filter applied to a strict Undefined raises, except {@code default}/{@code d} and {@code items} (as in Jinja2).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class PyELResolver extends ELResolver {

    private static final Set<String> UNDEFINED_SAFE_FILTERS = Set.of("default", "d", "items");

    private final ELResolver delegate;

    PyELResolver(ELResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            return delegate.getValue(context, null, property);
        }
        if (base instanceof Undefined undefined) {
            throw undefined.error();
        }
        if (base instanceof Map<?, ?> map) {
            context.setPropertyResolved(true);
            return item(map, property);
        }
        if (base instanceof List<?> list) {
            context.setPropertyResolved(true);
            return element(base, list.size(), index -> list.get(index), property);
        }
        if (base instanceof CharSequence text) {
            context.setPropertyResolved(true);
            String string = text.toString();
            return element(base, string.length(), index -> String.valueOf(string.charAt(index)), property);
        }
        if (base.getClass().isArray()) {
            context.setPropertyResolved(true);
            return element(base, Array.getLength(base), index -> Array.get(base, index), property);
        }
        try {
            Object value = delegate.getValue(context, base, property);
            if (context.isPropertyResolved()) {
                return value;
            }
        } catch (PropertyNotFoundException e) {
            // an unknown attribute of a Java object reads as Undefined, like a missing key
        }
        context.setPropertyResolved(true);
        return Undefined.attribute(base, property);
    }

    private static Object item(Map<?, ?> map, Object property) {
        if (map.containsKey(property)) {
            return map.get(property);
        }
        Long number = integer(property);
        if (number != null && map.containsKey(number)) {
            return map.get(number);
        }
        return Undefined.attribute(map, property);
    }

    private interface ElementReader {
        Object read(int index);
    }

    private static Object element(Object base, int size, ElementReader reader, Object property) {
        Long index = integer(property);
        if (index == null) {
            return Undefined.attribute(base, property);
        }
        long position = index < 0 ? index + size : index;
        if (position < 0 || position >= size) {
            return Undefined.element(base, index);
        }
        return reader.read((int) position);
    }

    private static Long integer(Object property) {
        if (property instanceof Long || property instanceof Integer) {
            return ((Number) property).longValue();
        }
        if (property instanceof String text && !text.isEmpty() && text.length() < 19) {
            int start = text.charAt(0) == '-' ? 1 : 0;
            if (start < text.length() && text.chars().skip(start).allMatch(Character::isDigit)) {
                return Long.parseLong(text);
            }
        }
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base instanceof Undefined undefined) {
            throw undefined.error();
        }
        if (base instanceof Filter filter) {
            rejectStrictUndefinedInput(filter, params);
        } else if (base instanceof CharSequence || base instanceof Map || base instanceof List) {
            List<Object> args = new ArrayList<>();
            Map<String, Object> kwargs = new LinkedHashMap<>();
            if (params != null) {
                for (Object param : params) {
                    if (param instanceof NamedParameter named) {
                        kwargs.put(named.getName(), named.getValue());
                    } else {
                        args.add(param);
                    }
                }
            }
            Object result;
            try {
                result = PythonMethods.call(base, String.valueOf(method), args, kwargs);
            } catch (IllegalArgumentException e) {
                throw new TemplateRuntimeError(e.getMessage(), e);
            }
            if (result != PythonMethods.NOT_FOUND) {
                context.setPropertyResolved(true);
                return result;
            }
        }
        return delegate.invoke(context, base, method, paramTypes, params);
    }

    private static void rejectStrictUndefinedInput(Filter filter, Object[] params) {
        if (params != null && params.length > 0 && params[0] instanceof Undefined undefined
                && undefined.isStrict() && !UNDEFINED_SAFE_FILTERS.contains(filter.getName())) {
            throw undefined.error();
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return delegate.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        delegate.setValue(context, base, property, value);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return delegate.isReadOnly(context, base, property);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return delegate.getFeatureDescriptors(context, base);
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return delegate.getCommonPropertyType(context, base);
    }
}
