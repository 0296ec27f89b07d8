package dev.ccp.dsl.jinja.engine;

/**
 * Template source as Jinja2's lexer sees it: {@code \r\n} and a lone {@code \r} read as
 * {@code \n}, and one trailing newline dropped ({@code keep_trailing_newline=False}). Applied
 * to the top-level template and to every imported or included one.
 */
public final class TemplateText {

    private TemplateText() {
    }

    public static String prepare(String source) {
        String text = source.indexOf('\r') < 0 ? source : source.replace("\r\n", "\n").replace('\r', '\n');
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
