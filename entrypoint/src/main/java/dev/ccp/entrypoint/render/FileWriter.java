package dev.ccp.entrypoint.render;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.workflow.Workflow;
import dev.ccp.dsl.workflow.WorkflowFile;
import dev.ccp.entrypoint.run.UserAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a workflow's rendered files (REFERENCE 8.3 step 2): parent directories created, the
 * rendered text written, then, when {@link Mode#PROVISION}, owned by {@code user} (its uid and
 * primary gid) and given {@code int(perm, 8)}. {@link Mode#RENDER_ONLY} writes the text only.
 */
public final class FileWriter {

    /** Whether ownership and permissions are applied. */
    public enum Mode { PROVISION, RENDER_ONLY }

    private static final PosixFilePermission[] BITS = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
    };

    private final ContainerTemplates templates;
    private final Function<String, UserAccount> users;
    private final Mode mode;

    public FileWriter(ContainerTemplates templates, Function<String, UserAccount> users, Mode mode) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.users = Objects.requireNonNull(users, "users");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Writes every file of {@code workflow} at its path under {@code root} (a file's absolute
     * path is taken relative to {@code root}: root {@code /} writes it in place).
     *
     * @return the written files, in workflow order
     */
    public List<Path> writeAll(Workflow workflow, Path root) {
        List<Path> written = new ArrayList<>();
        for (WorkflowFile file : workflow.files()) {
            written.add(write(file, root));
        }
        return List.copyOf(written);
    }

    private Path write(WorkflowFile file, Path root) {
        Path target = root.resolve(file.path().replaceFirst("^/+", "")).normalize();
        String text = templates.renderFile(file);
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, text, StandardCharsets.UTF_8);
            if (mode == Mode.PROVISION) {
                if (file.user() != null) {
                    UserAccount owner = users.apply(file.user());
                    Files.setAttribute(target, "unix:uid", owner.uid());
                    Files.setAttribute(target, "unix:gid", owner.gid());
                }
                if (file.perm() != null) {
                    Files.setPosixFilePermissions(target, permissions(file));
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new CcpException("cannot write file '" + file.name() + "' to " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    /** {@code int(perm, 8)} as permission bits (the low nine bits). */
    static Set<PosixFilePermission> permissions(WorkflowFile file) {
        int mode;
        try {
            mode = Integer.parseInt(file.perm(), 8);
        } catch (NumberFormatException e) {
            throw new CcpException("file '" + file.name() + "': perm '" + file.perm() + "' is not an octal number");
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BITS.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(BITS[bit]);
            }
        }
        return permissions;
    }
}
