package dev.ccp.dsl.service;

import java.util.Objects;

/**
 * A file rendered inside the container ({@code files.<key>}, also action files).
 *
 * @param path    the destination path inside the container
 * @param content the template's file name under {@code service/files/}
 * @param perm    octal permission text such as {@code 0600}, or null
 * @param user    the owner, or null
 */
public record FileSpec(String path, String content, String perm, String user) {

    public FileSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
