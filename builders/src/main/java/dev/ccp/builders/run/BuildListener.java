package dev.ccp.builders.run;

/**
 * Progress of a build run, called from worker threads (implementations synchronise their own
 * output). Every method has an empty default.
 */
public interface BuildListener {

    BuildListener NONE = new BuildListener() {
    };

    /** Work on {@code image} started. */
    default void started(String image) {
    }

    /** One output line of {@code image}'s build or push. */
    default void output(String image, String line) {
    }

    /** {@code image} ended; {@code done} of {@code total} images have ended so far. */
    default void finished(ImageResult result, int done, int total) {
    }
}
