package dev.ccp.openstack;

/** Keystone refused the credentials (HTTP 401). */
public class OpenStackAuthenticationException extends OpenStackException {

    private static final long serialVersionUID = 1L;

    public OpenStackAuthenticationException(OpenStackCredentials credentials) {
        super("keystone at " + credentials.authUrl() + " refused the credentials of user '" + credentials.userName()
                + "' in project '" + credentials.projectName() + "' (HTTP 401)");
    }
}
