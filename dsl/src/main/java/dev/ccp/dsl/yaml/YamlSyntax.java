package dev.ccp.dsl.yaml;

import dev.ccp.dsl.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * How this package reads YAML text into nodes, the same for every kind of file: PyYAML's YAML 1.1
 * scalar rules ({@link PyYamlResolver}), merge keys, duplicate keys allowed (the last wins), and
 * syntax errors turned into a {@link Problem} naming the file and line.
 */
final class YamlSyntax {

    private YamlSyntax() {
    }

    /** A composer over {@code text}, giving its documents as nodes. */
    static Composer composer(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMergeOnCompose(true);
        options.setAllowDuplicateKeys(true);
        return new Composer(new ParserImpl(new StreamReader(text), options), new PyYamlResolver(), options);
    }

    /**
     * The problem a syntax error in {@code file} makes: {@code <prefix><what is wrong> (<context>)}
     * at the line of the error (0 when unknown).
     */
    static Problem problem(String file, YAMLException error, String prefix) {
        if (!(error instanceof MarkedYAMLException marked)) {
            return Problem.at(file, "", prefix + error.getMessage());
        }
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        String problem = marked.getProblem() != null ? marked.getProblem() : marked.getMessage();
        String context = marked.getContext() != null ? " (" + marked.getContext() + ")" : "";
        return Problem.at(file, line, "", prefix + problem + context);
    }
}
