package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.Context.Library;
import java.util.Map;
import java.util.Set;

/**
 * Jinjava's filters, tests, tags and functions that Jinja2 3.1 does not have. They are switched
 * off so that a template using one fails here as it would in Jinja2, instead of rendering.
 * The {@code truthy} test stays: Jinjava's {@code selectattr} and {@code rejectattr} use it.
 */
final class JinjavaOnlyBuiltins {

    private JinjavaOnlyBuiltins() {
    }

    static Map<Library, Set<String>> disabled() {
        return Map.of(
                Library.FILTER, Set.of("add", "allow_snake_case", "b64decode", "b64encode", "between_times",
                        "bool", "cut", "date", "datetimeformat", "difference", "divide", "divisible",
                        "escape_jinjava", "escapejs", "escapejson", "format_date", "format_datetime",
                        "format_number", "format_time", "fromjson", "fromyaml", "intersect", "ipaddr", "ipv4",
                        "ipv6", "log", "md5", "minus_time", "multiply", "plus_time", "regex_replace", "render",
                        "root", "shuffle", "split", "strtodate", "strtotime", "symmetric_difference", "toyaml",
                        "truncatehtml", "unescape_html", "union", "unixtimestamp", "urldecode"),
                Library.EXP_TEST, Set.of("containing", "containingall", "string_containing",
                        "string_startingwith", "within"),
                Library.TAG, Set.of("break", "continue", "cycle", "do", "enddo", "ifchanged", "endifchanged",
                        "print", "unless", "endunless"),
                Library.FUNCTION, Set.of(":datetimeformat", ":format_date", ":format_datetime", ":format_time",
                        ":strtodate", ":strtotime", ":today", ":truncate", ":type", ":unixtimestamp",
                        "fn:immutable_list", "fn:list", "fn:map_entry"));
    }
}
