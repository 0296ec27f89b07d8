package dev.ccp.cli.command;

import dev.ccp.builders.image.ImageGraph;
import dev.ccp.builders.image.AgentArtifacts;
import dev.ccp.builders.image.ImageTreeLoader;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ccp validate -t dockerfiles} (REFERENCE 6.4): render every Dockerfile and build the
 * image tree (render errors, unknown parents, cycles), then check {@code images.base_images}:
 * listed images have no parent, all others have one. Called by {@link ValidateCommand}.
 */
public final class ValidateDockerfiles {

    private ValidateDockerfiles() {
    }

    /** Every problem found; empty when the Dockerfiles are valid. */
    public static List<Problem> problems(LoadedConfig loaded, AgentArtifacts agent) {
        try {
            ImageGraph graph = ImageTreeLoader.load(loaded.config(), loaded.repositories(), Optional.of(agent));
            return graph.baseImageProblems(loaded.config().images().baseImages());
        } catch (InvalidInputException e) {
            return new ArrayList<>(e.problems());
        }
    }

    /** The number of images when valid. */
    public static int imageCount(LoadedConfig loaded, AgentArtifacts agent) {
        return ImageTreeLoader.load(loaded.config(), loaded.repositories(), Optional.of(agent)).images().size();
    }

    /** Throws with every problem, or returns the line to print on success. */
    public static String validate(LoadedConfig loaded, AgentArtifacts agent) {
        List<Problem> problems = problems(loaded, agent);
        InvalidInputException.throwIfAny("Dockerfiles are not valid", problems);
        return "Dockerfiles validation passed successfully: " + imageCount(loaded, agent) + " images";
    }
}
