package dev.ccp.builders.engine;

import java.util.function.Consumer;

/** Turns stream chunks (which may hold several lines or part of one) into whole lines without ANSI codes. */
final class LineSplitter implements Consumer<String> {

    private final Consumer<String> output;
    private final StringBuilder pending = new StringBuilder();

    LineSplitter(Consumer<String> output) {
        this.output = output;
    }

    @Override
    public synchronized void accept(String chunk) {
        pending.append(chunk);
        int newline;
        while ((newline = pending.indexOf("\n")) >= 0) {
            emit(pending.substring(0, newline));
            pending.delete(0, newline + 1);
        }
    }

    synchronized void flush() {
        if (pending.length() > 0) {
            emit(pending.toString());
            pending.setLength(0);
        }
    }

    private void emit(String line) {
        String clean = AnsiCodes.strip(line).replace("\r", "");
        if (!clean.isBlank()) {
            output.accept(clean);
        }
    }
}
