package dev.ccp.openstack;

import java.util.Objects;

/** One resource of an OpenStack API: its id and its name (empty when it has none). */
public record OpenStackResource(String id, String name) {

    public OpenStackResource {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }

    /** {@code name (id)}, or the id alone for an unnamed resource. */
    public String describe() {
        return name.isEmpty() ? id : name + " (" + id + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
