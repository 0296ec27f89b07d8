package dev.ccp.entrypoint.variables;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/** Looks up the IPv4 address of a network interface of the container (tests use a fake). */
@FunctionalInterface
public interface NetworkInterfaces {

    /** The interfaces of this host, through {@link NetworkInterface}. */
    NetworkInterfaces SYSTEM = NetworkInterfaces::systemIpv4;

    /** The first IPv4 address of {@code name}; empty for an unknown interface or one without IPv4. */
    Optional<String> ipv4(String name);

    private static Optional<String> systemIpv4(String name) {
        try {
            NetworkInterface nic = NetworkInterface.getByName(name);
            if (nic == null) {
                return Optional.empty();
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address.getHostAddress());
                }
            }
            return Optional.empty();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }
}
