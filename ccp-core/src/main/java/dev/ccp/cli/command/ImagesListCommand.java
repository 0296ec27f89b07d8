package dev.ccp.cli.command;

import dev.ccp.builders.image.ComponentPrefixes;
import dev.ccp.builders.image.DockerfileDiscovery;
import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandSpec;
import dev.ccp.dsl.config.LoadedConfig;
import java.util.Set;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp images list [C ...]} (REFERENCE 1.10): the image names of all repositories, sorted,
 * one per line; with arguments, those starting with any of them. Dockerfiles are not rendered.
 */
public final class ImagesListCommand implements CcpCommand {

    @Override
    public CommandSpec spec() {
        return new CommandSpec("images list", "list the images of the component repositories", "[COMPONENT ...]", null);
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        LoadedConfig loaded = context.loadConfigAsIs();
        Set<String> images = DockerfileDiscovery.discover(loaded.repositories(), loaded.config().repositories().skipEmpty())
                .keySet();
        ComponentPrefixes.select(images, line.getArgList()).forEach(context.console()::println);
        return 0;
    }
}
