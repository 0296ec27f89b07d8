package dev.ccp.dsl.jinja.lint;

import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every {@link LintRule} over every block of a template. */
public final class TemplateLinter {

    private static final List<LintRule> RULES = List.of(
            new ChainedComparisonRule(),
            new SliceStepRule(),
            new LiteralOperatorRule(),
            new IfWithoutElseRule(),
            new StatementRule());

    private TemplateLinter() {
    }

    public static List<Problem> lint(String file, String template) {
        List<Problem> problems = new ArrayList<>();
        for (Block block : TemplateBlocks.of(template)) {
            List<Problem> inBlock = new ArrayList<>();
            for (LintRule rule : RULES) {
                for (Finding finding : rule.check(block)) {
                    inBlock.add(Problem.at(file, block.lineOf(finding.at()), "", finding.message()));
                }
            }
            inBlock.sort(Comparator.comparingInt(Problem::line));
            problems.addAll(inBlock);
        }
        return List.copyOf(problems);
    }
}
