package dev.ccp.dsl.component;

import dev.ccp.dsl.problem.Suggestions;

/** Messages about template files that do not exist in a component's {@code service/files/}. */
final class TemplateNames {

    private TemplateNames() {
    }

    /** "expected the name of a file in .../service/files, found 'x' (did you mean 'y'?)". */
    static String missing(String content, Component component) {
        String where = component.repository().filesDir().toString();
        if (component.templates().isEmpty()) {
            return "expected the name of a file in " + where + ", found '" + content + "', but that directory has"
                    + " no files";
        }
        return "expected the name of a file in " + where + ", found '" + content + "'"
                + Suggestions.didYouMean(content, component.templates().keySet());
    }
}
