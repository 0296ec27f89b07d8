/**
 * Kubernetes objects of an environment, rendered from the configuration, the validated
 * components map and the topology (REFERENCE 4 with "Our decisions").
 *
 * <p>Entry points: {@link dev.ccp.renderer.EnvironmentRenderer#render} turns a
 * {@link dev.ccp.renderer.RenderRequest} into a {@link dev.ccp.renderer.RenderedEnvironment}
 * (Fabric8 model objects in apply order); {@link dev.ccp.renderer.ObjectExporter} writes them
 * as YAML ({@code --export-dir}, {@code --dry-run}), through the plain values of
 * {@link dev.ccp.renderer.PlainModelValues}; {@link dev.ccp.renderer.Domains} and
 * {@link dev.ccp.renderer.OpenRc} serve {@code ccp domains list} and the openrc file.
 *
 * <p>Inside: {@code RenderChecks} collects every problem first; pure builders per kind
 * ({@code SharedObjects}, {@code ServiceConfigObjects}, {@code PodTemplates} written once for
 * every workload kind and Jobs, {@code Workloads}, {@code JobObjects}, {@code NetworkObjects});
 * then the enrichers in order: {@code LabelEnricher}, {@code ImageEnricher},
 * {@code ConfigHashEnricher}.
 */
package dev.ccp.renderer;
