package dev.ccp.cluster.cleanup;

/** The kinds of OpenStack resources a cleanup deletes, in the order it deletes them. */
public enum OpenStackResourceKind {

    SERVER("server", "servers"),
    IMAGE("image", "images"),
    FLOATING_IP("floating IP", "floating IPs"),
    ROUTER("router", "routers"),
    PORT("port", "ports"),
    NETWORK("network", "networks"),
    OBJECT("object", "objects"),
    CONTAINER("container", "containers");

    private final String singular;
    private final String plural;

    OpenStackResourceKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** {@code 1 server}, {@code 3 floating IPs}. */
    public String count(int count) {
        return count + " " + (count == 1 ? singular : plural);
    }

    public String plural() {
        return plural;
    }
}
