package dev.ccp.entrypoint;

import dev.ccp.entrypoint.variables.NetworkInterfaces;
import java.util.Arrays;

/**
 * {@code ccp-entrypoint}: the agent every ccp container starts under tini,
 * {@code ccp-entrypoint provision <role>}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        AgentLog log = new AgentLog(System.err);
        int code = new AgentCli(AgentEnvironment.from(System.getenv()), log, NetworkInterfaces.SYSTEM, isRoot())
                .run(Arrays.asList(args));
        System.exit(code);
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }
}
