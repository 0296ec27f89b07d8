package dev.ccp.dsl.jinja;

import java.util.List;
import java.util.Map;

/**
 * A global function added to one render through {@link RenderOptions#withFunction}, such as the
 * image builder's {@code image_spec(name)} or {@code copy_sources(src, dest)}. It is called
 * Python-style: {@code f(1, 'a', flag=True)} gives {@code args = [1, "a"]} and
 * {@code kwargs = {flag=true}}.
 *
 * <p>Values arrive as templates compute them: {@code String}, {@code Long}, {@code Double},
 * {@code Boolean}, {@code List}, {@code Map}, and {@code null} for None (or for an undefined
 * value in a lenient render; a strict render fails before calling). An exception thrown here
 * fails the render, and its message is reported with the template and line.
 */
@FunctionalInterface
public interface TemplateFunction {

    /** @return the value the template sees; a String is printed as is */
    Object call(List<Object> args, Map<String, Object> kwargs);
}
