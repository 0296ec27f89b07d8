package dev.ccp.builders.components;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructions of a Dockerfile: comment lines and blank lines dropped, lines ending with a
 * backslash joined with the next one (Dockerfile reference, "Format" and "escape").
 *
 * @param instructions in file order
 */
record DockerfileInstructions(List<Instruction> instructions) {

    /** One instruction: its keyword in upper case and the rest of the (joined) line. */
    record Instruction(String keyword, String arguments) {

        Instruction {
            Objects.requireNonNull(keyword, "keyword");
            Objects.requireNonNull(arguments, "arguments");
        }

        /** The arguments split into the shell commands joined by {@code &&} or {@code ;}. */
        List<List<String>> shellCommands() {
            List<List<String>> commands = new ArrayList<>();
            for (String command : arguments.split("&&|;")) {
                List<String> words = List.of(command.trim().split("\\s+"));
                if (!command.isBlank()) {
                    commands.add(words);
                }
            }
            return List.copyOf(commands);
        }
    }

    private static final Pattern INSTRUCTION = Pattern.compile("([A-Za-z]+)\\s*(.*)", Pattern.DOTALL);

    DockerfileInstructions {
        instructions = List.copyOf(instructions);
    }

    static DockerfileInstructions parse(String dockerfile) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : dockerfile.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            add(instructions, pending.toString());
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            add(instructions, pending.toString());
        }
        return new DockerfileInstructions(instructions);
    }

    private static void add(List<Instruction> instructions, String text) {
        Matcher matcher = INSTRUCTION.matcher(text.strip());
        if (matcher.matches()) {
            instructions.add(new Instruction(matcher.group(1).toUpperCase(Locale.ROOT),
                    matcher.group(2).replaceAll("\\s+", " ").strip()));
        }
    }

    List<Instruction> withKeyword(String keyword) {
        return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword)).toList();
    }

    /** The first instruction, which must be FROM. */
    Optional<Instruction> first() {
        return instructions.stream().findFirst();
    }

    /** The user the last USER instruction names (without a group); empty when there is none. */
    Optional<String> declaredUser() {
        List<Instruction> users = withKeyword("USER");
        if (users.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(users.get(users.size() - 1).arguments().split(":", 2)[0]);
    }

    /** The packages every {@code apt-get install} of every RUN names, in order. */
    List<String> installedPackages() {
        List<String> packages = new ArrayList<>();
        for (Instruction run : withKeyword("RUN")) {
            for (List<String> command : run.shellCommands()) {
                if (command.size() > 2 && command.get(0).equals("apt-get") && command.get(1).equals("install")) {
                    command.subList(2, command.size()).stream().filter(word -> !word.startsWith("-")).forEach(packages::add);
                }
            }
        }
        return List.copyOf(packages);
    }

    /**
     * Which directories the RUN instructions hand to a user: {@code chown [-R] user[:group] dir...}
     * and {@code install -d -o user ... dir...}.
     */
    List<OwnershipGrant> ownershipGrants() {
        List<OwnershipGrant> grants = new ArrayList<>();
        for (Instruction run : withKeyword("RUN")) {
            for (List<String> command : run.shellCommands()) {
                if (command.get(0).equals("chown")) {
                    grants.addAll(chownGrants(command));
                } else if (command.get(0).equals("install") && command.contains("-d")) {
                    grants.addAll(installGrants(command));
                }
            }
        }
        return List.copyOf(grants);
    }

    private static List<OwnershipGrant> chownGrants(List<String> command) {
        boolean recursive = command.contains("-R");
        List<String> operands = command.subList(1, command.size()).stream().filter(word -> !word.startsWith("-")).toList();
        if (operands.size() < 2) {
            return List.of();
        }
        String user = operands.get(0).split(":", 2)[0];
        return operands.subList(1, operands.size()).stream()
                .map(path -> new OwnershipGrant(user, path, recursive)).toList();
    }

    private static List<OwnershipGrant> installGrants(List<String> command) {
        String user = null;
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < command.size(); i++) {
            String word = command.get(i);
            if (List.of("-o", "-g", "-m").contains(word) && i + 1 < command.size()) {
                if (word.equals("-o")) {
                    user = command.get(i + 1);
                }
                i++;
            } else if (!word.startsWith("-")) {
                paths.add(word);
            }
        }
        String owner = user;
        return owner == null ? List.of() : paths.stream().map(path -> new OwnershipGrant(owner, path, false)).toList();
    }

    /**
     * A directory made the property of {@code user} while the image is built.
     *
     * @param recursive the directory and everything in it ({@code chown -R})
     */
    record OwnershipGrant(String user, String directory, boolean recursive) {

        /** Whether {@code user} may write files into {@code target} because of this grant. */
        boolean letsWrite(String user, String target) {
            return this.user.equals(user)
                    && (target.equals(directory) || (recursive && target.startsWith(directory + "/")));
        }
    }
}
