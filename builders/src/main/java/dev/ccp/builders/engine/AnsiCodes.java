package dev.ccp.builders.engine;

import java.util.regex.Pattern;

/** Removes terminal escape sequences (colours, cursor moves) from build output. */
public final class AnsiCodes {

    private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B[@-Z\\\\-_]");

    private AnsiCodes() {
    }

    public static String strip(String text) {
        return ESCAPE.matcher(text).replaceAll("");
    }
}
