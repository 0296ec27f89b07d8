/**
 * The Jinja dialect of ccp: Jinjava made to render like Python Jinja2 3.1 (see JINJA.md).
 *
 * <p>Public API: {@link dev.ccp.dsl.jinja.JinjaDialect} (render), {@link dev.ccp.dsl.jinja.RenderOptions}
 * (strict or lenient undefined, search path, per-render functions, host resolver),
 * {@link dev.ccp.dsl.jinja.TemplateSource}, {@link dev.ccp.dsl.jinja.TemplateFunction},
 * {@link dev.ccp.dsl.jinja.HostResolver}, {@link dev.ccp.dsl.jinja.TemplateRenderException} and
 * {@link dev.ccp.dsl.jinja.JinjaLint}.
 *
 * <p>Inside: {@code python} (Python value semantics: str/repr, JSON, equality, str.format and
 * the str/dict/list methods), {@code engine} (the Jinjava wiring: configuration, Undefined,
 * resolver, parser, interpreter, errors), {@code library} (tags, filters, tests and functions)
 * and {@code lint}.
 */
package dev.ccp.dsl.jinja;
