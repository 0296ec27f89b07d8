package dev.ccp.deploy;

import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.renderer.EnvironmentRenderer;
import dev.ccp.renderer.RenderRequest;
import dev.ccp.renderer.RenderedEnvironment;
import dev.ccp.topology.PlacedTopology;
import dev.ccp.topology.TopologyBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a deploy renders, offline: the topology placed on the node names, the services selected
 * from it ({@link ComponentSelection}) and every object of them. Shared by {@code deploy} and
 * {@code preflight} (which asks the registry about the images of this render).
 *
 * @param warnings    placement warnings (a pattern that matched a node only as a prefix)
 * @param services    the selected services, sorted
 * @param environment the rendered objects
 */
public record DeploymentRender(List<Problem> warnings, SortedSet<String> services, RenderedEnvironment environment) {

    public DeploymentRender {
        warnings = List.copyOf(warnings);
        services = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(services));
        Objects.requireNonNull(environment, "environment");
    }

    /**
     * @param requested the {@code -c} names; empty means everything in the topology
     * @param deployed  services already running in the environment (empty offline)
     */
    public static DeploymentRender of(LoadedConfig config, ServiceCatalog catalog, List<String> nodeNames,
            List<String> requested, Collection<String> deployed) {
        return of(config, catalog, nodeNames, requested, deployed, EnvironmentRenderer.standard());
    }

    /** The same with a serialization made by the caller. */
    public static DeploymentRender of(LoadedConfig config, ServiceCatalog catalog, List<String> nodeNames,
            List<String> requested, Collection<String> deployed, KubernetesSerialization serialization) {
        return of(config, catalog, nodeNames, requested, deployed, new EnvironmentRenderer(serialization));
    }

    private static DeploymentRender of(LoadedConfig config, ServiceCatalog catalog, List<String> nodeNames,
            List<String> requested, Collection<String> deployed, EnvironmentRenderer renderer) {
        PlacedTopology placed = TopologyBuilder.of(config).place(nodeNames, TopologyBuilder.daemonSets(catalog.definitions()));
        SortedSet<String> services = ComponentSelection.select(catalog, placed.topology(), requested, deployed);
        RenderedEnvironment environment = renderer
                .render(RenderRequest.of(config, catalog, placed.topology()).withServices(services));
        return new DeploymentRender(placed.warnings(), services, environment);
    }
}
