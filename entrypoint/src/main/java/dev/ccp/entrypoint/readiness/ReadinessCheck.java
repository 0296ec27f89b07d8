package dev.ccp.entrypoint.readiness;

/** One readiness check of a running container (REFERENCE 8.4), run by the agent on an interval. */
@FunctionalInterface
public interface ReadinessCheck {

    /** Runs the check once; never throws for a failing service, reports it instead. */
    Result check();

    /**
     * @param ready  whether the service is ready
     * @param detail why not (or what was checked), for the log
     */
    record Result(boolean ready, String detail) {

        public static Result ready(String detail) {
            return new Result(true, detail);
        }

        public static Result notReady(String detail) {
            return new Result(false, detail);
        }
    }
}
