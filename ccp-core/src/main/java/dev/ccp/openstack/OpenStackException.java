package dev.ccp.openstack;

import dev.ccp.dsl.problem.CcpException;

/**
 * A call to an OpenStack API failed. Messages name the method and the URL, never a password or
 * a token.
 */
public class OpenStackException extends CcpException {

    private static final long serialVersionUID = 1L;

    public OpenStackException(String message) {
        super(message);
    }

    public OpenStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
