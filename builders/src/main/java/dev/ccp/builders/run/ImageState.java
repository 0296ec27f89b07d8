package dev.ccp.builders.run;

/** How an image ended in a build run. */
public enum ImageState {
    /** Built locally (no push asked for). */
    BUILT("built"),
    /** Pushed to the registry (built first unless its hash was already present locally). */
    PUSHED("pushed"),
    /** Its content hash was already present (locally, and in the registry when pushing): nothing done. */
    ALREADY_PRESENT("already-present"),
    /** The build or the push failed. */
    FAILED("failed"),
    /** Not attempted because an ancestor failed. */
    SKIPPED("skipped"),
    /** Not attempted because the run was interrupted. */
    CANCELLED("cancelled");

    private final String label;

    ImageState(String label) {
        this.label = label;
    }

    /** The word used in the summary and the JSON. */
    public String label() {
        return label;
    }
}
