/**
 * Workflows: what the in-container agent does for a container or a single job (REFERENCE 4.5).
 * {@link dev.ccp.dsl.workflow.WorkflowFactory} builds them from a service definition, the
 * renderer writes them into the {@code <svc>-role} ConfigMap with
 * {@link dev.ccp.dsl.workflow.WorkflowJson#write}, and the agent reads them back with
 * {@link dev.ccp.dsl.workflow.WorkflowJson#read}.
 */
package dev.ccp.dsl.workflow;
