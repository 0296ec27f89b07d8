package dev.ccp.dsl.component;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.service.FileSpec;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.service.ServiceProblem;
import dev.ccp.dsl.service.validation.ActionValidator;
import dev.ccp.dsl.yaml.YamlDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the actions of one rendered action file of a component (REFERENCE 7.4). */
final class ActionsLoader {

    private final String component;
    private final Set<String> templates;
    private final List<ServiceProblem> problems;

    ActionsLoader(String component, Set<String> templates, List<ServiceProblem> problems) {
        this.component = component;
        this.templates = templates;
        this.problems = problems;
    }

    /** The actions of {@code file} rendered to {@code text}; none when it has problems (recorded). */
    List<ActionDefinition> load(Path file, String text) {
        String name = file.toString();
        Object document;
        try {
            document = YamlDocuments.parseSingle(text, name, true);
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> problems.add(ServiceProblem.global(problem)));
            return List.of();
        }
        List<Problem> found = new ArrayList<>(new ActionValidator().validate(name, document));
        if (found.isEmpty()) {
            found.addAll(missingTemplates(name, (List<?>) ((Map<?, ?>) document).get("actions")));
        }
        if (!found.isEmpty()) {
            found.forEach(problem -> problems.add(ServiceProblem.global(problem)));
            return List.of();
        }
        List<ActionDefinition> actions = new ArrayList<>();
        for (Object item : (List<?>) ((Map<?, ?>) document).get("actions")) {
            actions.add(action(name, (Map<?, ?>) item));
        }
        return actions;
    }

    private List<Problem> missingTemplates(String file, List<?> actions) {
        List<Problem> missing = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            List<?> files = list(((Map<?, ?>) actions.get(i)).get("files"));
            for (int j = 0; j < files.size(); j++) {
                String content = (String) ((Map<?, ?>) files.get(j)).get("content");
                if (!templates.contains(content)) {
                    KeyPath path = KeyPath.of("actions").index(i).key("files").index(j).key("content");
                    missing.add(Problem.at(file, path.toString(),
                            "expected the name of a file in service/files, found '" + content + "'"
                                    + Suggestions.didYouMean(content, templates)));
                }
            }
        }
        return missing;
    }

    private ActionDefinition action(String file, Map<?, ?> action) {
        List<String> dependencies = new ArrayList<>();
        list(action.get("dependencies")).forEach(dependency -> dependencies.add((String) dependency));
        List<FileSpec> files = new ArrayList<>();
        for (Object item : list(action.get("files"))) {
            Map<?, ?> spec = (Map<?, ?>) item;
            files.add(new FileSpec((String) spec.get("path"), (String) spec.get("content"), (String) spec.get("perm"),
                    (String) spec.get("user")));
        }
        List<ActionParameter> parameters = new ArrayList<>();
        for (Object item : list(action.get("parameters"))) {
            Map<?, ?> parameter = (Map<?, ?>) item;
            parameters.add(new ActionParameter((String) parameter.get("key"), parameter.get("default_value")));
        }
        return new ActionDefinition((String) action.get("name"), component, file, (String) action.get("image"),
                (String) action.get("command"), dependencies, files, parameters,
                RestartPolicy.fromDsl((String) action.get("restart_policy")));
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
