package dev.ccp.entrypoint.run;

import dev.ccp.dsl.problem.CcpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A user of the container, as {@code /etc/passwd} describes it (what Python's
 * {@code pwd.getpwnam} gives the original).
 *
 * @param name the login name
 * @param uid  the user id
 * @param gid  the primary group id
 * @param home the home directory
 */
public record UserAccount(String name, int uid, int gid, String home) {

    public UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(home, "home");
    }

    /** Looks {@code name} up in the container's {@code /etc/passwd}. */
    public static UserAccount lookup(String name) {
        return lookup(name, Path.of("/etc/passwd"));
    }

    /** Looks {@code name} up in {@code passwd} (the passwd(5) format). */
    public static UserAccount lookup(String name, Path passwd) {
        try {
            for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":", -1);
                if (fields.length >= 7 && fields[0].equals(name)) {
                    return new UserAccount(name, Integer.parseInt(fields[2]), Integer.parseInt(fields[3]), fields[5]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new CcpException("cannot read user '" + name + "' from " + passwd + ": " + e.getMessage(), e);
        }
        throw new CcpException("user '" + name + "' does not exist in " + passwd);
    }
}
