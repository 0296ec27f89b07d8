package dev.ccp.renderer;

import java.util.List;

/**
 * One step after the builders: adds what a family of objects needs (labels, image references,
 * the config hash). An enricher edits the objects of the render in place before the render
 * returns; it adds what is missing (a label a builder set stays as it is) and resolves what the
 * builders leave symbolic (image names).
 */
interface Enricher {

    /** Enriches {@code objects}: every object of the render, in order. */
    void enrich(List<OwnedObject> objects);
}
