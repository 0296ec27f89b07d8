package dev.ccp.dsl.service;

/**
 * One exposed port of a service ({@code service.ports[]}).
 *
 * @param cont    the container port, 1..65535
 * @param node    the node port, or null when not given
 * @param ingress the ingress host prefix ({@code identity} gives {@code identity.<domain>}), or
 *                null when not exposed through the ingress
 */
public record Port(int cont, Integer node, String ingress) {

    public Port {
        if (cont < 1 || cont > 65535) {
            throw new IllegalArgumentException("port out of range: " + cont);
        }
    }
}
