package dev.ccp.openstack;

import dev.ccp.dsl.config.Secret;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to log in to keystone v3 with a password, scoped to a project; user and project are in the
 * domain with the id {@code default}. {@code region} picks the catalog endpoints when set.
 */
public record OpenStackCredentials(URI authUrl, String userName, Secret password, String projectName,
        Optional<String> region) {

    public OpenStackCredentials {
        Objects.requireNonNull(authUrl, "authUrl");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(region, "region");
    }
}
