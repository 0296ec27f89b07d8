package dev.ccp.openstack;

import java.net.URI;

/** No connection could be made to an API: refused, timed out, or the host name does not resolve. */
public class OpenStackUnreachableException extends OpenStackException {

    private static final long serialVersionUID = 1L;

    private final URI uri;

    public OpenStackUnreachableException(URI uri, String reason, Throwable cause) {
        super(uri.getScheme() + "://" + uri.getAuthority() + " is not reachable: " + reason, cause);
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }
}
