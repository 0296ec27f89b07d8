package dev.ccp.dsl.component;

/** Whether an action is run once as a Pod ({@code never}) or as a Job that retries ({@code always}). */
public enum RestartPolicy {
    NEVER,
    ALWAYS;

    /** The policy spelled {@code never} or {@code always}; null gives the default, {@link #NEVER}. */
    public static RestartPolicy fromDsl(String text) {
        return "always".equals(text) ? ALWAYS : NEVER;
    }
}
