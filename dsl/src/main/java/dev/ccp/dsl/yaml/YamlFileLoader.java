package dev.ccp.dsl.yaml;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a configuration file as Fuel CCP did (REFERENCE 2.4): several YAML documents per file,
 * and documents that are, as a whole, a list tagged {@code !include} naming further files
 * (relative to the including file's directory) that are read the same way.
 *
 * <p>Stricter than the original, and saying where: an include cycle names the chain, a
 * missing included file names the including file and line, a syntax error names file and
 * line, a top-level document must be a mapping and {@code !include} anywhere else is an error.
 * Every problem found in the file and the files it includes is reported together.
 */
public final class YamlFileLoader {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final String layer;

    /** @param layer the label every origin of the loaded values carries; empty for the user's files */
    public YamlFileLoader(String layer) {
        this.layer = layer == null ? "" : layer;
    }

    /**
     * Parses {@code file} and everything it includes.
     *
     * @throws InvalidInputException with every problem found
     */
    public YamlFile load(Path file) {
        List<Problem> problems = new ArrayList<>();
        Path normalised = file.toAbsolutePath().normalize();
        YamlFile loaded = new FileReading(problems).read(normalised, List.of());
        InvalidInputException.throwIfAny("cannot load " + normalised, problems);
        return loaded;
    }

    /** Parses YAML text; {@code name} is how problems and origins refer to it. */
    public YamlFile parse(String text, Path name) {
        List<Problem> problems = new ArrayList<>();
        Path normalised = name.toAbsolutePath().normalize();
        YamlFile parsed = new FileReading(problems).parse(text, normalised, List.of(normalised));
        InvalidInputException.throwIfAny("cannot load " + normalised, problems);
        return parsed;
    }

    /** The state of one {@link #load} call: the problems found so far. */
    private final class FileReading {

        private final List<Problem> problems;

        FileReading(List<Problem> problems) {
            this.problems = problems;
        }

        /** @param including the files that include this one, outermost first */
        YamlFile read(Path file, List<Path> including) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                if (text.startsWith(BYTE_ORDER_MARK)) {
                    text = text.substring(1);
                }
            } catch (NoSuchFileException e) {
                problems.add(Problem.at(file.toString(), "", "file not found"));
                return new YamlFile(file, List.of());
            } catch (CharacterCodingException e) {
                problems.add(Problem.at(file.toString(), "", "not a UTF-8 text file"));
                return new YamlFile(file, List.of());
            } catch (IOException e) {
                problems.add(Problem.at(file.toString(), "", "cannot read: " + e.getMessage()));
                return new YamlFile(file, List.of());
            }
            List<Path> chain = new ArrayList<>(including);
            chain.add(file);
            return parse(text, file, chain);
        }

        YamlFile parse(String text, Path file, List<Path> chain) {
            String name = file.toString();
            List<YamlFile.Part> parts = new ArrayList<>();
            Composer composer = YamlSyntax.composer(text);
            try {
                while (composer.checkNode()) {
                    Node document = composer.getNode();
                    if (NodeConverter.INCLUDE.equals(document.getTag())) {
                        includeAll(document, file, chain, parts);
                    } else if (document instanceof MappingNode mapping) {
                        parts.add(new YamlFile.Document(NodeConverter.forFile(name, layer, problems).convertDocument(mapping)));
                    } else if (!isEmpty(document)) {
                        problems.add(Problem.at(name, line(document), "",
                                "expected a mapping at the top level of the document, found " + kind(document)));
                    }
                }
            } catch (YAMLException e) {
                problems.add(YamlSyntax.problem(name, e, "invalid YAML: "));
            }
            return new YamlFile(file, parts);
        }

        private void includeAll(Node document, Path file, List<Path> chain, List<YamlFile.Part> parts) {
            String name = file.toString();
            if (!(document instanceof SequenceNode list)) {
                problems.add(Problem.at(name, line(document), "", "!include must be followed by a list of file names, found "
                        + kind(document)));
                return;
            }
            for (Node item : list.getValue()) {
                if (!(item instanceof ScalarNode scalar) || !Tag.STR.equals(item.getTag()) || scalar.getValue().isEmpty()) {
                    problems.add(Problem.at(name, line(item), "", "!include lists file names, found " + kind(item)));
                    continue;
                }
                Path included = file.resolveSibling(scalar.getValue()).normalize();
                if (chain.contains(included)) {
                    String cycle = chain.subList(chain.indexOf(included), chain.size()).stream()
                            .map(Path::toString).collect(Collectors.joining(" -> "));
                    problems.add(Problem.at(name, line(item), "", "include cycle: " + cycle + " -> " + included));
                } else if (!Files.isRegularFile(included)) {
                    problems.add(Problem.at(name, line(item), "", "included file not found: " + included));
                } else {
                    parts.add(new YamlFile.Include(read(included, chain)));
                }
            }
        }
    }

    private static boolean isEmpty(Node document) {
        return document instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return Tag.NULL.equals(node.getTag()) ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
