package dev.ccp.dsl.component;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses one YAML document the way the original did (PyYAML safe loader): YAML 1.1 scalars, so
 * {@code yes}/{@code no}/{@code on}/{@code off} are booleans and {@code 0600} is octal.
 */
final class YamlText {

    private YamlText() {
    }

    /**
     * The document in {@code text} (null for an empty one).
     *
     * @param file     names the file in the error
     * @param rendered true when {@code text} is the output of a template (line numbers then refer
     *                 to the rendered text, which the message says)
     * @throws InvalidInputException naming the file and line when the text is not valid YAML
     */
    static Object parse(String text, String file, boolean rendered) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new InvalidInputException(Problem.at(file, line, "",
                    invalid(rendered) + e.getProblem() + context));
        } catch (YAMLException e) {
            throw new InvalidInputException(Problem.at(file, "", invalid(rendered) + e.getMessage()));
        }
    }

    private static String invalid(boolean rendered) {
        return rendered ? "invalid YAML after rendering (line of the rendered text): " : "invalid YAML: ";
    }
}
