package dev.ccp.builders.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildProgressTableTest {

    private static final String CLEAR = "\u001b[2K";
    private static final String BELOW = "\u001b[J";

    private final AtomicLong clock = new AtomicLong();
    private final StringWriter out = new StringWriter();
    private final BuildProgressTable table = new BuildProgressTable(out, 60, 3, clock::get);

    private String takeFrame() {
        String frame = out.toString();
        out.getBuffer().setLength(0);
        return frame;
    }

    private void at(long millis) {
        clock.set(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private static ImageResult result(String name, ImageState state, String detail, long millis) {
        return new ImageResult(name, "ccp/" + name + ":latest", "h", state, detail, state != ImageState.FAILED,
                Duration.ofMillis(millis), List.of(), Optional.empty());
    }

    @Test
    void redrawsTheRunningImagesInPlaceAndPrintsEndedOnesAboveTheTable() {
        table.started("base");
        table.started("keystone-long");
        table.output("base", "Step 1/3 : FROM debian");
        at(1500);
        table.redraw();
        assertThat(takeFrame()).isEqualTo(
                CLEAR + "building: 0/3 done, 2 running\n"
                + CLEAR + "  base           building    1s  Step 1/3 : FROM debian\n"
                + CLEAR + "  keystone-long  building    1s\n"
                + BELOW);

        table.redraw();
        assertThat(takeFrame()).as("nothing changed: nothing written").isEmpty();

        at(2200);
        table.finished(result("base", ImageState.BUILT, "", 2200), 1, 3);
        table.output("keystone-long", "x".repeat(200));
        table.redraw();
        assertThat(takeFrame()).isEqualTo(
                "\r\u001b[3A"
                + CLEAR + "[1/3] base: built in 2.2 s\n"
                + CLEAR + "building: 1/3 done, 1 running\n"
                + CLEAR + "  keystone-long  building    2s  " + "x".repeat(23) + "...\n"
                + BELOW);

        at(3000);
        table.output("keystone-long", "push 127.0.0.1:31500/ccp/keystone-long:latest (attempt 1 of 4)");
        table.redraw();
        assertThat(takeFrame()).isEqualTo(
                "\r\u001b[2A"
                + CLEAR + "building: 1/3 done, 1 running\n"
                + CLEAR + "  keystone-long  pushing     3s  push 127.0.0.1:31500/cc...\n"
                + BELOW);

        table.finished(result("keystone-long", ImageState.FAILED, "build failed: x", 3000), 2, 3);
        table.close();
        assertThat(takeFrame()).as("the table is erased, the last ended image printed").isEqualTo(
                "\r\u001b[2A"
                + CLEAR + "[2/3] keystone-long: failed in 3.0 s: build failed: x\n"
                + BELOW);
    }

    @Test
    void onlyTheWriterThreadWritesAndTheLastEventsAreFlushedOnClose() throws Exception {
        Set<String> writers = ConcurrentHashMap.newKeySet();
        StringWriter text = new StringWriter();
        Writer recording = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                writers.add(Thread.currentThread().getName());
                text.write(buffer, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        BuildProgressTable live = new BuildProgressTable(recording, 80, 1, System::nanoTime).start(20);
        Thread worker = new Thread(() -> {
            live.started("base");
            live.output("base", "RUN true");
        }, "ccp-build-1");
        worker.start();
        worker.join();
        Thread.sleep(200);
        assertThat(writers).containsExactly("ccp-build-progress");
        live.finished(result("base", ImageState.BUILT, "", 10), 1, 1);
        live.close();
        assertThat(writers).doesNotContain("ccp-build-1");
        assertThat(text.toString()).contains("  base  building").contains("[1/1] base: built in 0.0 s\n")
                .endsWith(BELOW);
    }

    @ParameterizedTest
    @CsvSource(value = {"80, 80", "200, 200", "'', 120", "abc, 120", "0, 120", "-5, 120", "NONE, 120"}, nullValues = "NONE")
    void theWidthComesFromColumns(String columns, int expected) {
        Map<String, String> environment = columns == null ? Map.of() : Map.of("COLUMNS", columns);
        assertThat(BuildProgressTable.terminalWidth(environment)).isEqualTo(expected);
    }
}
