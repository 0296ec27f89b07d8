package dev.ccp.entrypoint.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Passes SIGTERM, SIGINT and SIGHUP the agent receives (from tini, from the kubelet) on to the
 * daemon, instead of letting them stop the JVM. {@link #close()} restores the previous handlers.
 */
public final class SignalForwarder implements AutoCloseable {

    /** The signals forwarded, by their names without {@code SIG}. */
    public static final List<String> SIGNALS = List.of("TERM", "INT", "HUP");

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private SignalForwarder() {
    }

    /** Starts forwarding to {@code target}. */
    public static SignalForwarder to(ProcessHandle target) {
        SignalForwarder forwarder = new SignalForwarder();
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            forwarder.signals.add(signal);
            forwarder.previous.add(Signal.handle(signal, received -> send(target, received.getName())));
        }
        return forwarder;
    }

    /** Sends SIG{@code name} to {@code target} with {@code kill}; nothing when it has exited. */
    static void send(ProcessHandle target, String name) {
        if (!target.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-s", name, Long.toString(target.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            // kill is missing: SIGTERM is still deliverable through the process API.
            if (name.equals("TERM")) {
                target.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
