package dev.ccp.dsl.jinja.lint;

import dev.ccp.dsl.jinja.python.ExpressionScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the expressions and statements of a template, with their lines. Comments are skipped,
 * and so is everything between {@code {% raw %}} and {@code {% endraw %}}.
 */
final class TemplateBlocks {

    private TemplateBlocks() {
    }

    static List<Block> of(String template) {
        List<Block> blocks = new ArrayList<>();
        String text = template.replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        int position = 0;
        boolean raw = false;
        while (true) {
            int start = nextOpening(text, position);
            if (start < 0) {
                return blocks;
            }
            line += count(text, position, start);
            char kind = text.charAt(start + 1);
            int end = kind == '#' ? text.indexOf("#}", start + 2) : closing(text, start + 2, kind == '{' ? "}}" : "%}");
            if (end < 0) {
                return blocks;
            }
            String delimited = text.substring(start + 2, end);
            String inner = strip(delimited);
            if (kind != '#') {
                boolean statement = kind == '%';
                List<Token> tokens = Tokenizer.tokens(inner);
                String name = statement && !tokens.isEmpty() ? tokens.get(0).text() : "";
                if (raw) {
                    raw = !name.equals("endraw");
                } else if (name.equals("raw")) {
                    raw = true;
                } else {
                    int leading = inner.isEmpty() ? 0 : count(delimited, 0, delimited.indexOf(inner));
                    blocks.add(new Block(statement, inner, line + leading, tokens));
                }
            }
            line += count(text, start, end);
            position = end + 2;
        }
    }

    private static int nextOpening(String text, int from) {
        int at = text.indexOf('{', from);
        while (at >= 0 && at + 1 < text.length()) {
            char next = text.charAt(at + 1);
            if (next == '{' || next == '%' || next == '#') {
                return at;
            }
            at = text.indexOf('{', at + 1);
        }
        return -1;
    }

    /** The start of {@code close}, skipping string literals. */
    private static int closing(String text, int from, String close) {
        return ExpressionScanner.find(text, from, (i, depth) -> text.startsWith(close, i));
    }

    /** Removes the whitespace-control marks ({@code -}, {@code +}) and surrounding blanks. */
    private static String strip(String inner) {
        String text = inner;
        if (text.startsWith("-") || text.startsWith("+")) {
            text = text.substring(1);
        }
        if (text.endsWith("-") || text.endsWith("+")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.strip();
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
