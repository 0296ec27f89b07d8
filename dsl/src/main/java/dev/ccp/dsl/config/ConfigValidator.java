package dev.ccp.dsl.config;

import dev.ccp.dsl.config.schema.SchemaFindings;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a merged configuration against {@link CcpConfigSchema} and returns every problem,
 * each placed at the file and line that set the offending value, ordered by file and line.
 */
public final class ConfigValidator {

    private ConfigValidator() {
    }

    public static List<Problem> validate(ConfigTree tree) {
        SchemaFindings findings = new SchemaFindings(tree.origins(), SecretPaths::isSecret);
        CcpConfigSchema.topLevel().check(tree.values(), KeyPath.root(), findings);
        return findings.problems().stream()
                .sorted(Comparator.comparing(Problem::file, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(Problem::line))
                .toList();
    }
}
