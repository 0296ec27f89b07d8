package dev.ccp.openstack;

import java.net.URI;

/** An API answered with an error status. */
public class OpenStackApiException extends OpenStackException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public OpenStackApiException(String method, URI uri, int status, String detail) {
        super(method + " " + uri + ": HTTP " + status + (detail.isEmpty() ? "" : ": " + detail));
        this.status = status;
    }

    public int status() {
        return status;
    }
}
