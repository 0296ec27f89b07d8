package dev.ccp.cli;

import dev.ccp.cli.fetch.AutoFetch;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.config.MissingRepositoriesException;
import java.util.Objects;

/** What a running command may use: where to print, the global options, the environment. */
public final class CommandContext {

    private final Console console;
    private final GlobalOptions global;
    private final RuntimeEnvironment environment;

    public CommandContext(Console console, GlobalOptions global, RuntimeEnvironment environment) {
        this.console = Objects.requireNonNull(console);
        this.global = Objects.requireNonNull(global);
        this.environment = Objects.requireNonNull(environment);
    }

    public Console console() {
        return console;
    }

    public GlobalOptions global() {
        return global;
    }

    public RuntimeEnvironment environment() {
        return environment;
    }

    /**
     * The merged configuration with component defaults (every problem reported together). When
     * {@code repositories.clone} is on, configured repositories that are missing are cloned
     * first (auto-fetch, REFERENCE 1.1).
     */
    public LoadedConfig loadConfig() {
        try {
            return loadConfigAsIs();
        } catch (MissingRepositoriesException missing) {
            LoadedConfig withoutComponents = new ConfigLoader().loadWithoutComponents(global.configFile(), environment.host());
            if (!withoutComponents.config().repositories().autoFetch()) {
                throw missing;
            }
            AutoFetch.standard().ensureRepositories(withoutComponents.config().repositories(), console);
            return loadConfigAsIs();
        }
    }

    /** The merged configuration, without auto-fetch (commands that must not clone anything). */
    public LoadedConfig loadConfigAsIs() {
        LoadedConfig loaded = new ConfigLoader().load(global.configFile(), environment.host());
        applyLoggingDefaults(loaded.config());
        console.debug("config file: " + loaded.configFile().map(Object::toString).orElse("(none, built-in defaults only)"));
        loaded.repositories().forEach(r -> console.debug("component repository " + r.name() + ": " + r.directory()));
        return loaded;
    }

    /**
     * The config's {@code debug}, {@code verbose_level} and {@code log_file} are defaults: the
     * command line wins (REFERENCE 1.1).
     */
    private void applyLoggingDefaults(CcpConfig config) {
        if (config.debug() && !global.debug() && global.verbosity() > 0) {
            console.debugMode(true);
        }
        if (global.verbosity() == GlobalOptions.defaults().verbosity() && !global.debug() && !config.debug()) {
            console.verbosity(config.verboseLevel());
        }
        if (!console.hasLogFile()) {
            config.logFile().map(f -> environment.workingDir().resolve(f)).ifPresent(console::openLogFile);
        }
    }
}
