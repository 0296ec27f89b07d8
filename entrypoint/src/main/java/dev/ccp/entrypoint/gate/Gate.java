package dev.ccp.entrypoint.gate;

import java.util.Objects;

/**
 * One thing to wait for: a dependency, open once its key exists in etcd.
 *
 * @param dependency what the workflow named ({@code keystone/keystone}, {@code nova-libvirt/nova-libvirt:local})
 * @param key        the etcd key whose presence opens the gate
 */
public record Gate(String dependency, String key) {

    public Gate {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return dependency + " (" + key + ")";
    }
}
