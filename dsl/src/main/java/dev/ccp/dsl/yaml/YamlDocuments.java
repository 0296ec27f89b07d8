package dev.ccp.dsl.yaml;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads YAML text that holds a single document (a rendered service definition, an action file,
 * an upgrade file) into plain values, by the same PyYAML rules as configuration files: YAML 1.1
 * scalars ({@code yes}/{@code no} are booleans, {@code 0600} is octal 384, {@code 1:30} is 90),
 * timestamps kept as their text, mapping keys as strings.
 */
public final class YamlDocuments {

    private static final String RENDERED_NOTE = " (line of the rendered text)";

    private YamlDocuments() {
    }

    /**
     * The document in {@code text} as deeply immutable plain values ({@link PlainValues}); null
     * when the text holds no document or the document is null.
     *
     * @param sourceName names the file in problems
     * @param rendered   true when {@code text} is the output of a template: line numbers then
     *                   refer to the rendered text, which the messages say
     * @throws InvalidInputException naming the file and line of every problem: invalid YAML,
     *                               more than one document, unsupported tags
     */
    public static Object parseSingle(String text, String sourceName, boolean rendered) {
        List<Problem> problems = new ArrayList<>();
        Object value = null;
        try {
            Node document = YamlSyntax.composer(text).getSingleNode();
            if (document != null) {
                value = NodeConverter.forSingleDocument(sourceName, problems).convertValue(document);
            }
        } catch (YAMLException e) {
            problems.add(YamlSyntax.problem(sourceName, e,
                    rendered ? "invalid YAML after rendering" + RENDERED_NOTE + ": " : "invalid YAML: "));
        }
        InvalidInputException.throwIfAny(null, rendered ? noted(problems) : problems);
        return PlainValues.immutableCopy(value);
    }

    private static List<Problem> noted(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.message().contains(RENDERED_NOTE) ? p
                        : new Problem(p.file(), p.line(), p.keyPath(), p.message() + RENDERED_NOTE))
                .toList();
    }
}
