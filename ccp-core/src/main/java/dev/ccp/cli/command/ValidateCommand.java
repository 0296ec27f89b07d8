package dev.ccp.cli.command;

import dev.ccp.builders.image.AgentArtifacts;
import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.cloud.TemplateLintCheck;
import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.service.DslVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/**
 * {@code ccp validate [-c C ...] [-t TYPE ...]}: the configuration, then every service
 * definition (DSL version gate, schema, dependencies, cycles), reporting every problem at once.
 */
public final class ValidateCommand implements CcpCommand {

    static final String SERVICE_DEF = "service-def";
    static final String DOCKERFILES = "dockerfiles";
    private static final List<String> TYPES = List.of(SERVICE_DEF, DOCKERFILES);
    private static final String TYPES_OPTION = "types";

    @Override
    public CommandSpec spec() {
        return new CommandSpec("validate", "validate config, service definitions, DSL versions and dependencies", "",
                CommandOptions.of(CommandOptions.components(),
                        Option.builder("t").longOpt(TYPES_OPTION).hasArgs().argName("TYPE")
                                .desc("what to validate: " + String.join(", ", TYPES) + " (default: both)").get()));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        Set<String> types = types(line);
        List<String> components = CommandOptions.lastValues(line, CommandOptions.COMPONENTS);
        LoadedConfig loaded = context.loadConfig();
        List<Problem> problems = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        if (types.contains(SERVICE_DEF)) {
            ServiceCatalog services = CloudLoader.standard().components(loaded).services();
            services.graph().requireKnown(components);
            problems.addAll(serviceDefinitionProblems(services, components));
            String scope = components.isEmpty()
                    ? services.services().size() + " services in " + services.loaded().components().size() + " components"
                    : String.join(", ", components);
            passed.add("Service definitions validation passed successfully: " + scope + " (DSL version "
                    + DslVersion.CURRENT + ")");
        }
        if (types.contains(DOCKERFILES)) {
            AgentArtifacts agent = AgentArtifacts.under(context.environment().installation());
            // -c does not apply to Dockerfiles, as in the original: the image tree is checked whole.
            problems.addAll(ValidateDockerfiles.problems(loaded, agent));
            passed.add("Dockerfiles validation passed successfully: " + ValidateDockerfiles.imageCount(loaded, agent) + " images");
        }
        InvalidInputException.throwIfAny("Validation failed", problems);
        passed.forEach(context.console()::info);
        return 0;
    }

    /** Every problem of the definitions (of {@code components} when given) and every lint finding. */
    private static List<Problem> serviceDefinitionProblems(ServiceCatalog services, List<String> components) {
        List<Problem> problems = new ArrayList<>();
        try {
            if (components.isEmpty()) {
                services.requireValid();
            } else {
                services.requireValid(components);
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(TemplateLintCheck.check(services.loaded().components()));
        return problems;
    }

    private static Set<String> types(CommandLine line) {
        List<String> given = CommandOptions.lastValues(line, TYPES_OPTION);
        if (given.isEmpty()) {
            return Set.copyOf(TYPES);
        }
        List<Problem> problems = new ArrayList<>();
        for (String type : given) {
            if (!TYPES.contains(type)) {
                problems.add(Problem.at(null, "", "unexpected validation type '" + type + "'"
                        + Suggestions.didYouMean(type, TYPES) + "; expected one of " + String.join(", ", TYPES)));
            }
        }
        InvalidInputException.throwIfAny("invalid -t/--types", problems);
        return new LinkedHashSet<>(given);
    }
}
