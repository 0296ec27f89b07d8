package dev.ccp.dsl.jinja;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What the {@code gethostbyname} filter does with a host name. {@link #DNS} (the default)
 * looks it up like Python's {@code socket.gethostbyname}; {@link #IDENTITY} returns the name
 * unchanged, as the original CLI did, so that rendering stays offline and deterministic.
 */
@FunctionalInterface
public interface HostResolver {

    /** A real lookup: the first IPv4 address of the host; an IPv4 literal is returned as is. */
    HostResolver DNS = HostResolver::lookUpIpv4;

    /** No lookup: the host name itself. */
    HostResolver IDENTITY = host -> host;

    /**
     * @return the address to print
     * @throws IllegalArgumentException when the host cannot be resolved; the render fails with
     *                                  this message
     */
    String resolve(String host);

    private static String lookUpIpv4(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address instanceof Inet4Address) {
                    return address.getHostAddress();
                }
            }
            throw new IllegalArgumentException("gethostbyname: no IPv4 address for host '" + host + "'");
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("gethostbyname: cannot resolve host '" + host + "'", e);
        }
    }
}
