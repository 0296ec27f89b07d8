/**
 * The in-container agent ({@code ccp-entrypoint provision|status|render ROLE}): variables
 * ({@code variables}), templates and files ({@code render}), the etcd gate protocol
 * ({@code gate}, also for the CLI's {@code status}), etcd connection ({@code etcd}), processes
 * ({@code run}) and readiness ({@code readiness}).
 */
package dev.ccp.entrypoint;
