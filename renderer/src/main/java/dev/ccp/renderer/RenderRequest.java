package dev.ccp.renderer;

import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.topology.Topology;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What to render: the configuration, the validated components map, where services run, and
 * which services to render.
 *
 * @param config          the merged configuration
 * @param catalog         the validated components map (definitions with resolved dependencies)
 * @param topology        where every service runs
 * @param services        the services to render (each must have a definition and a place in the
 *                        topology), sorted
 * @param jobTopologyKeys the {@code topology_key} of single jobs
 */
public record RenderRequest(LoadedConfig config, ServiceCatalog catalog, Topology topology,
        SortedSet<String> services, JobTopologyKeys jobTopologyKeys) {

    public RenderRequest {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(topology, "topology");
        services = Collections.unmodifiableSortedSet(new TreeSet<>(services));
        Objects.requireNonNull(jobTopologyKeys, "jobTopologyKeys");
    }

    /**
     * Everything a deploy without {@code -c} renders: the topology's services that have a
     * definition (so an alias such as {@code database} is rendered only when a role lists it).
     */
    public static RenderRequest of(LoadedConfig config, ServiceCatalog catalog, Topology topology) {
        SortedSet<String> services = new TreeSet<>(topology.services());
        services.retainAll(catalog.definitions().keySet());
        return new RenderRequest(config, catalog, topology, services, JobTopologyKeys.NONE);
    }

    /** The same request for {@code selected} services only ({@code ccp deploy -c ...}). */
    public RenderRequest withServices(Collection<String> selected) {
        return new RenderRequest(config, catalog, topology, new TreeSet<>(selected), jobTopologyKeys);
    }

    public RenderRequest withJobTopologyKeys(JobTopologyKeys keys) {
        return new RenderRequest(config, catalog, topology, services, keys);
    }

    /** The namespace everything is deployed into (also the environment's label value). */
    public String namespace() {
        return config.config().kubernetes().namespace();
    }
}
