package dev.ccp.dsl.jinja.lint;

import java.util.List;

/** One construct Jinjava cannot render like Jinja2 even with the dialect's fixes. */
interface LintRule {

    List<Finding> check(Block block);
}
