package dev.ccp.dsl.config;

import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads each component repository's {@code service/files/defaults.yaml} (a missing file is
 * skipped) as one configuration layer holding only {@link ConfigMerger#COMPONENT_SECTIONS}.
 * Other top-level keys are reported: the original ignored them silently.
 */
public final class ComponentDefaultsLoader {

    /**
     * @param layers   one per repository that has defaults, in repository order
     * @param problems keys outside the allowed sections, and files that could not be read
     */
    public record ComponentDefaults(List<ConfigTree> layers, List<Problem> problems) {

        public ComponentDefaults {
            layers = List.copyOf(layers);
            problems = List.copyOf(problems);
        }
    }

    private ComponentDefaultsLoader() {
    }

    public static ComponentDefaults load(List<ComponentRepository> repositories) {
        YamlFileLoader loader = new YamlFileLoader(ConfigLayers.COMPONENT_DEFAULTS);
        List<ConfigTree> layers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ComponentRepository repository : repositories) {
            if (!Files.isRegularFile(repository.defaultsFile())) {
                continue;
            }
            ConfigTree defaults;
            try {
                defaults = ConfigMerger.merge(loader.load(repository.defaultsFile()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                continue;
            }
            for (String key : defaults.values().keySet()) {
                if (!ConfigMerger.COMPONENT_SECTIONS.contains(key)) {
                    problems.add(misplaced(defaults, key));
                }
            }
            layers.add(defaults.onlySections(ConfigMerger.COMPONENT_SECTIONS));
        }
        return new ComponentDefaults(layers, problems);
    }

    private static Problem misplaced(ConfigTree defaults, String key) {
        return defaults.problemAt(KeyPath.of(key), "component defaults may only set " + String.join(", ", ConfigMerger.COMPONENT_SECTIONS)
                        + Suggestions.didYouMean(key, ConfigMerger.COMPONENT_SECTIONS));
    }
}
