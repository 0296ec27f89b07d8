package dev.ccp.dsl.service.dependency;

import dev.ccp.dsl.service.RawDefinition;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The table that turns a bare dependency name into a service: every container name and every
 * single-job name of the base services (aliases under a new name are not in it). Built from the
 * raw documents, so that a definition with schema errors still lends its names.
 */
public final class DependencyLookup {

    private final Map<String, SortedSet<String>> servicesByName;

    private DependencyLookup(Map<String, SortedSet<String>> servicesByName) {
        this.servicesByName = servicesByName;
    }

    /** The lookup of the non-alias definitions among {@code definitions}. */
    public static DependencyLookup of(Collection<RawDefinition> definitions) {
        Map<String, SortedSet<String>> table = new TreeMap<>();
        for (RawDefinition definition : definitions) {
            if (definition.serviceName() == null || definition.isAlias()) {
                continue;
            }
            for (String name : definition.containerNames()) {
                table.computeIfAbsent(name, key -> new TreeSet<>()).add(definition.serviceName());
            }
            for (String name : definition.singleJobNames()) {
                table.computeIfAbsent(name, key -> new TreeSet<>()).add(definition.serviceName());
            }
        }
        table.replaceAll((name, services) -> Collections.unmodifiableSortedSet(services));
        return new DependencyLookup(Collections.unmodifiableMap(table));
    }

    /**
     * The services that have a container or single job called {@code name}: empty when none,
     * more than one when the name is ambiguous.
     */
    public SortedSet<String> servicesOf(String name) {
        return servicesByName.getOrDefault(name, Collections.emptySortedSet());
    }

    /** Every container and single-job name, sorted. */
    public Set<String> names() {
        return servicesByName.keySet();
    }
}
