package dev.ccp.builders.components;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.builders.components.DockerfileInstructions.Instruction;
import dev.ccp.builders.components.DockerfileInstructions.OwnershipGrant;
import dev.ccp.builders.components.InTreeComponents.ImageUse;
import dev.ccp.builders.image.AgentArtifacts;
import dev.ccp.builders.image.ImageDefinition;
import dev.ccp.dsl.component.Component;
import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.component.ExportedTemplate;
import dev.ccp.dsl.component.Exports;
import dev.ccp.dsl.jinja.HostResolver;
import dev.ccp.dsl.jinja.JinjaDialect;
import dev.ccp.dsl.jinja.RenderOptions;
import dev.ccp.dsl.jinja.TemplateSource;
import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.DslVersion;
import dev.ccp.dsl.service.FileSpec;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.workflow.DaemonWorkflow;
import dev.ccp.dsl.workflow.JobWorkflow;
import dev.ccp.dsl.workflow.Workflow;
import dev.ccp.dsl.workflow.WorkflowCommand;
import dev.ccp.dsl.workflow.WorkflowFactory;
import dev.ccp.dsl.workflow.WorkflowFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semver4j.Semver;

/**
 * The component repositories shipped in {@code components/} follow the rules of the Fuel CCP
 * documentation (seed 004: 4.2 repository layout, 4.3.3 Dockerfile format, 4.4.3 DSL versions)
 * and contain what issue 7 promises (REFERENCE 9.1-9.5 for what the original components had).
 * Loaded with the tool's own loaders, with the default configuration.
 */
class InTreeComponentsTest {

    /** Seed 004 4.3.3 rule 1: "make sure you're grouping multiple RUN commands into one". */
    private static final int MAX_RUN_INSTRUCTIONS = 1;

    /** The tool's DSL version (README: "dsl version 0.10.0"); every definition must be at or below it. */
    private static final Semver TOOL_DSL_VERSION = Semver.parse("0.10.0");

    /** Every repository of issue 7, the base chain and infrastructure included. */
    private static final Set<String> REPOSITORIES = Set.of("debian-base", "openstack-base", "etcd", "mariadb",
            "rabbitmq", "memcached", "keystone", "glance", "nova", "neutron", "horizon", "heat");

    /**
     * Every image: its repository and parent. OpenStack services descend from openstack-base,
     * everything else from base-tools (seed 004 4.3.3 rule 6); the tree is rooted at base.
     */
    private static final Map<String, ImageOrigin> IMAGES = Map.ofEntries(
            image("base", "debian-base", null),
            image("base-tools", "debian-base", "base"),
            image("openstack-base", "openstack-base", "base-tools"),
            image("etcd", "etcd", "base-tools"),
            image("mariadb", "mariadb", "base-tools"),
            image("rabbitmq", "rabbitmq", "base-tools"),
            image("memcached", "memcached", "base-tools"),
            image("keystone", "keystone", "openstack-base"),
            image("glance-api", "glance", "openstack-base"),
            image("horizon", "horizon", "openstack-base"),
            image("heat-base", "heat", "openstack-base"),
            image("heat-api", "heat", "heat-base"),
            image("heat-engine", "heat", "heat-base"),
            image("nova-base", "nova", "openstack-base"),
            image("nova-api", "nova", "nova-base"),
            image("nova-conductor", "nova", "nova-base"),
            image("nova-scheduler", "nova", "nova-base"),
            image("nova-compute", "nova", "nova-base"),
            image("placement-api", "nova", "openstack-base"),
            image("nova-libvirt", "nova", "base-tools"),
            image("neutron-base", "neutron", "openstack-base"),
            image("neutron-server", "neutron", "neutron-base"),
            image("neutron-openvswitch-agent", "neutron", "neutron-base"),
            image("neutron-dhcp-agent", "neutron", "neutron-base"),
            image("neutron-l3-agent", "neutron", "neutron-base"),
            image("neutron-metadata-agent", "neutron", "neutron-base"),
            image("openvswitch", "neutron", "base-tools"));

    /** The services of issue 7, Placement and the Open vSwitch daemons, and the aliases of REFERENCE 2.6. */
    private static final Set<String> SERVICES = Set.of("etcd", "mariadb", "rabbitmq", "memcached", "keystone",
            "glance-api", "nova-api", "nova-conductor", "nova-scheduler", "nova-compute", "nova-libvirt",
            "placement-api", "neutron-server", "neutron-openvswitch-agent", "neutron-dhcp-agent", "neutron-l3-agent",
            "neutron-metadata-agent", "openvswitch-db", "openvswitch-vswitchd", "horizon", "heat-api", "heat-engine",
            "database", "rpc", "notifications");

    /** The images that run as an unprivileged user, and which (seed 004 4.3.3 rule 2). */
    private static final Map<String, String> NON_ROOT_USERS = Map.ofEntries(
            entry("etcd", "etcd"),
            entry("memcached", "memcached"),
            entry("keystone", "keystone"),
            entry("horizon", "horizon"),
            entry("heat-api", "heat"),
            entry("heat-engine", "heat"),
            entry("nova-api", "nova"),
            entry("nova-conductor", "nova"),
            entry("nova-scheduler", "nova"),
            entry("placement-api", "placement"),
            entry("neutron-server", "neutron"));

    /** The images allowed to stay root, and why; {@link RootReason#holdsFor} keeps this list honest. */
    private static final Map<String, RootReason> ROOT_ALLOWED = Map.ofEntries(
            entry("base", RootReason.PARENT_IMAGE),
            entry("base-tools", RootReason.PARENT_IMAGE),
            entry("openstack-base", RootReason.PARENT_IMAGE),
            entry("heat-base", RootReason.PARENT_IMAGE),
            entry("nova-base", RootReason.PARENT_IMAGE),
            entry("neutron-base", RootReason.PARENT_IMAGE),
            // mysql gets the host data directory (mariadb-init) and its init file
            entry("mariadb", RootReason.PREPARES_FOR_DAEMON_USER),
            // rabbitmq gets its configuration and the Erlang cookie in the node directory
            entry("rabbitmq", RootReason.PREPARES_FOR_DAEMON_USER),
            // glance gets the host image store (glance-store-owner) and its configuration
            entry("glance-api", RootReason.PREPARES_FOR_DAEMON_USER),
            entry("nova-compute", RootReason.PRIVILEGED),
            entry("nova-libvirt", RootReason.PRIVILEGED),
            entry("openvswitch", RootReason.PRIVILEGED),
            entry("neutron-openvswitch-agent", RootReason.PRIVILEGED),
            entry("neutron-dhcp-agent", RootReason.PRIVILEGED),
            entry("neutron-l3-agent", RootReason.PRIVILEGED),
            // its socket lives in the neutron state directory of the DHCP and L3 agents
            entry("neutron-metadata-agent", RootReason.SHARES_HOST_DIRECTORY_WITH_ROOT));

    private record ImageOrigin(String repository, Optional<String> parent) {
    }

    private static Map.Entry<String, ImageOrigin> image(String name, String repository, String parent) {
        return entry(name, new ImageOrigin(repository, Optional.ofNullable(parent)));
    }

    private static InTreeComponents components() {
        return InTreeComponents.get();
    }

    static Stream<String> images() {
        return components().images().images().keySet().stream();
    }

    static Stream<String> repositories() {
        return components().config().repositories().stream().map(ComponentRepository::name);
    }

    static Stream<String> definitionFiles() {
        return components().rawDefinitions().stream().map(RawDefinition::file);
    }

    private static String dockerfile(String image) {
        return relative(components().image(image).dockerfileTemplate());
    }

    private static String relative(Path file) {
        return components().directory().getParent().relativize(file.toAbsolutePath().normalize()).toString();
    }

    // ---- layout (seed 004 4.2.2, 4.3.1, 4.3.2)

    @Test
    void theInTreeRepositoriesAreTheComponentsOfTheIssue() {
        assertThat(repositories()).containsExactlyInAnyOrderElementsOf(REPOSITORIES);
    }

    @ParameterizedTest
    @MethodSource("repositories")
    void aRepositoryHasDockerOrServiceDirectoriesInTheFuelCcpLayout(String name) throws IOException {
        ComponentRepository repository = repository(name);
        Path docker = repository.directory().resolve("docker");
        String where = relative(repository.directory());
        assertThat(Files.isDirectory(docker) || Files.isDirectory(repository.serviceDir()))
                .as("%s has neither docker/ nor service/", where).isTrue();
        if (Files.isDirectory(docker)) {
            try (Stream<Path> images = Files.list(docker)) {
                assertThat(images.filter(image -> !Files.isRegularFile(image.resolve("Dockerfile.j2")))
                        .map(InTreeComponentsTest::relative))
                        .as("directories under %s/docker without a Dockerfile.j2", where).isEmpty();
            }
        }
        boolean definesServices = components().rawDefinitions().stream().anyMatch(raw -> raw.component().equals(name));
        if (definesServices) {
            assertThat(repository.defaultsFile()).as("%s defines services but has no service/files/defaults.yaml", where)
                    .isRegularFile();
        }
    }

    @Test
    void theServiceDefinitionsAreValidAndTheirDependenciesResolve() {
        assertThat(components().cloud().services().problems()).as("problems of the service definitions").isEmpty();
        assertThat(components().cloud().services().unresolved()).as("unresolved dependencies").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("definitionFiles")
    void aDefinitionIsNamedAfterItsServiceAndItsFilesAreTemplatesOfItsRepository(String file) {
        RawDefinition raw = rawDefinition(file);
        assertThat(Path.of(file).getFileName().toString()).as("%s: seed 004 4.2.2 service/<name>.yaml", shown(file))
                .isEqualTo(raw.serviceName() + ".yaml");
        Component component = components().cloud().services().loaded().component(raw.component()).orElseThrow();
        List<String> problems = new ArrayList<>();
        templateNames(raw).forEach((key, content) -> {
            if (!content.endsWith(".j2")) {
                problems.add(shown(file) + ": files." + key + ".content '" + content + "' is not a .j2 template");
            }
            if (!component.templates().containsKey(content)) {
                problems.add(shown(file) + ": files." + key + ".content '" + content + "' is not in service/files/");
            }
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("repositories")
    void everyTemplateUnderServiceFilesIsUsedByADefinition(String name) {
        Optional<Component> component = components().cloud().services().loaded().component(name);
        Set<String> unused = new TreeSet<>(component.map(c -> c.templates().keySet()).orElse(Set.of()));
        unused.remove("defaults.yaml");
        components().rawDefinitions().stream().filter(raw -> raw.component().equals(name))
                .forEach(raw -> unused.removeAll(templateNames(raw).values()));
        assertThat(unused).as("templates of %s/service/files that no definition renders", name).isEmpty();
    }

    /** {@code files.<key>.content} of a definition as written, by key. */
    private static Map<String, String> templateNames(RawDefinition raw) {
        Map<String, String> contents = new LinkedHashMap<>();
        if (raw.root().get("files") instanceof Map<?, ?> files) {
            files.forEach((key, file) -> {
                if (file instanceof Map<?, ?> spec && spec.get("content") != null) {
                    contents.put(String.valueOf(key), String.valueOf(spec.get("content")));
                }
            });
        }
        return contents;
    }

    private static RawDefinition rawDefinition(String file) {
        return components().rawDefinitions().stream().filter(raw -> raw.file().equals(file)).findFirst().orElseThrow();
    }

    /** A file as failure messages show it: relative to the repository root. */
    private static String shown(String file) {
        return relative(Path.of(file));
    }

    @Test
    void everyImageAServiceRunsIsBuiltFromDocker() {
        List<String> missing = new ArrayList<>();
        for (ImageUse use : components().allUses()) {
            String image = InTreeComponents.imageOf(use);
            if (!components().images().images().containsKey(image)) {
                missing.add(shown(use.definition().file()) + ": container " + use.container().name() + " runs image '"
                        + image + "', which no docker/" + image + "/Dockerfile.j2 builds");
            }
        }
        assertThat(missing).isEmpty();
    }

    // ---- DSL versions (seed 004 4.4.3)

    @ParameterizedTest
    @MethodSource("definitionFiles")
    void aDefinitionIsWrittenForDslVersionAtMostTheTools(String file) {
        RawDefinition raw = rawDefinition(file);
        Optional<DslVersion> version = DslVersion.tryParse(String.valueOf(raw.dslVersion()));
        assertThat(version).as("%s: dsl_version '%s' is not X.Y.Z", shown(file), raw.dslVersion()).isPresent();
        assertThat(version.get().semver().isLowerThanOrEqualTo(TOOL_DSL_VERSION))
                .as("%s: dsl_version %s is newer than %s", shown(file), version.get(), TOOL_DSL_VERSION).isTrue();
        assertThat(version.get().major()).as("%s: major version", shown(file)).isEqualTo(TOOL_DSL_VERSION.getMajor());
    }

    // ---- the image tree (seed 004 4.3.3 rule 6, REFERENCE 5 step 4)

    @Test
    void theImagesAreThoseOfTheIssueEachWithItsRepositoryAndParent() {
        Map<String, ImageOrigin> actual = new LinkedHashMap<>();
        components().images().images().forEach((name, image) ->
                actual.put(name, new ImageOrigin(image.repository(), image.parent())));
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(IMAGES);
    }

    @ParameterizedTest
    @MethodSource("images")
    void everyImageDescendsFromBase(String image) {
        List<String> lineage = components().lineage(image);
        assertThat(lineage.get(lineage.size() - 1)).as("%s: the root of %s", dockerfile(image), lineage).isEqualTo("base");
    }

    @Test
    void baseStartsFromTheConfiguredDistributionWhichIsDebianBookwormByDefault() throws IOException {
        ImageDefinition base = components().image("base");
        String template = Files.readString(base.dockerfileTemplate());
        assertThat(DockerfileInstructions.parse(template).first()).as(dockerfile("base"))
                .contains(new Instruction("FROM", "{{ base_distro }}:{{ base_tag }}"));
        assertThat(components().instructions("base").first()).as(dockerfile("base"))
                .contains(new Instruction("FROM", "debian:bookworm"));
        assertThat(base.parent()).isEmpty();
        assertThat(components().config().config().images().baseImages()).containsExactly("base");
    }

    @Test
    void baseInstallsTiniAndAJavaRuntimeAndTheAgent() throws IOException {
        DockerfileInstructions base = components().instructions("base");
        assertThat(base.installedPackages()).as(dockerfile("base")).contains("tini")
                .anyMatch(name -> name.matches("openjdk-\\d+-jre(-headless)?|default-jre(-headless)?"));
        assertThat(Files.readString(components().image("base").dockerfileTemplate())).as(dockerfile("base"))
                .contains("{{ ccp_agent() }}");
        assertThat(components().image("base").extraFiles()).as(dockerfile("base"))
                .containsOnlyKeys("ccp-entrypoint.jar", "ccp-entrypoint");
        assertThat(base.withKeyword("COPY")).as(dockerfile("base"))
                .contains(new Instruction("COPY", "ccp-entrypoint " + AgentArtifacts.LAUNCHER_IN_IMAGE));
        assertThat(base.withKeyword("RUN")).as("%s creates /opt/ccp/bin", dockerfile("base"))
                .anyMatch(run -> run.arguments().matches(".*install -d [^&]*/opt/ccp/bin.*"));
    }

    @ParameterizedTest
    @MethodSource("images")
    void onlyBaseAddsTheAgent(String image) {
        if (!image.equals("base")) {
            assertThat(components().image(image).extraFiles()).as("%s calls ccp_agent()", dockerfile(image)).isEmpty();
        }
    }

    // ---- Dockerfile format (seed 004 4.3.3)

    @ParameterizedTest
    @MethodSource("images")
    void aDockerfileHasNoCmdNorEntrypoint(String image) {
        assertThat(components().instructions(image).instructions()).extracting(Instruction::keyword)
                .as("%s: rule 5, no CMD and no ENTRYPOINT", dockerfile(image)).doesNotContain("CMD", "ENTRYPOINT");
    }

    @ParameterizedTest
    @MethodSource("images")
    void aDockerfileGroupsItsCommandsIntoOneRun(String image) {
        assertThat(components().instructions(image).withKeyword("RUN"))
                .as("%s: rule 1, as few layers as possible", dockerfile(image))
                .hasSizeLessThanOrEqualTo(MAX_RUN_INSTRUCTIONS);
    }

    @ParameterizedTest
    @MethodSource("images")
    void aRunThatInstallsPackagesUpdatesTheListsAndCleansTheCacheItself(String image) {
        for (Instruction run : components().instructions(image).withKeyword("RUN")) {
            String text = run.arguments();
            int install = text.lastIndexOf("apt-get install");
            if (install < 0) {
                continue;
            }
            String after = text.substring(install);
            assertThat(text.substring(0, install))
                    .as("%s: apt-get update before apt-get install in the same RUN", dockerfile(image))
                    .contains("apt-get update");
            assertThat(after).as("%s: apt-get clean after apt-get install in the same RUN", dockerfile(image))
                    .contains("apt-get clean");
            assertThat(after).as("%s: the package lists removed after apt-get install in the same RUN", dockerfile(image))
                    .containsPattern("rm -rf [^&;]*/var/lib/apt/lists/\\*");
        }
    }

    @ParameterizedTest
    @MethodSource("images")
    void anImageInstallsNoInitSystem(String image) {
        assertThat(components().instructions(image).installedPackages())
                .as("%s: rule 4, one process per container", dockerfile(image))
                .doesNotContain("supervisor", "runit", "s6", "systemd-sysv", "sysvinit-core");
    }

    @Test
    void scriptsGoToOptCcpBin() {
        List<String> misplaced = new ArrayList<>();
        for (ServiceDefinition definition : components().definitions().values()) {
            definition.files().forEach((key, file) -> {
                if (isScript(file) && !file.path().startsWith("/opt/ccp/bin/")) {
                    misplaced.add(shown(definition.file()) + ": files." + key + " is a script installed at " + file.path());
                }
            });
        }
        for (String image : components().images().images().keySet()) {
            for (Instruction copy : components().instructions(image).withKeyword("COPY")) {
                String[] operands = copy.arguments().split(" ");
                boolean script = Stream.of(operands).limit(operands.length - 1L).anyMatch(source -> source.endsWith(".sh"));
                if (script && !operands[operands.length - 1].startsWith("/opt/ccp/bin")) {
                    misplaced.add(dockerfile(image) + ": COPY " + copy.arguments());
                }
            }
        }
        assertThat(misplaced).as("rule 3: scripts belong in /opt/ccp/bin").isEmpty();
    }

    private static boolean isScript(FileSpec file) {
        boolean executable = file.perm() != null && (Integer.parseInt(file.perm(), 8) & 0111) != 0;
        return executable || file.path().endsWith(".sh") || file.content().endsWith(".sh.j2");
    }

    // ---- non-root where possible (seed 004 4.3.3 rule 2)

    @Test
    void everyImageIsEitherNonRootOrAllowedRootWithAReason() {
        assertThat(NON_ROOT_USERS.keySet()).doesNotContainAnyElementsOf(ROOT_ALLOWED.keySet());
        Set<String> listed = new TreeSet<>(NON_ROOT_USERS.keySet());
        listed.addAll(ROOT_ALLOWED.keySet());
        assertThat(listed).as("images in neither table")
                .containsExactlyInAnyOrderElementsOf(components().images().images().keySet());
    }

    @ParameterizedTest
    @MethodSource("images")
    void anImageRunsAsItsUnprivilegedUserOrHasAReasonToStayRoot(String image) {
        String user = components().effectiveUser(image);
        if (NON_ROOT_USERS.containsKey(image)) {
            assertThat(user).as("%s: the user its processes start as", dockerfile(image))
                    .isEqualTo(NON_ROOT_USERS.get(image));
            return;
        }
        RootReason reason = ROOT_ALLOWED.get(image);
        assertThat(reason).as("%s runs as %s and is in no table", dockerfile(image), user).isNotNull();
        assertThat(user).as("%s is allowed root (%s) but runs as %s: move it to NON_ROOT_USERS", dockerfile(image),
                reason.explanation(), user).isIn("root", "0");
        assertThat(reason.holdsFor(image, components()))
                .as("%s stays root because it %s, which the definitions no longer show: run it as its user",
                        dockerfile(image), reason.explanation()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("images")
    void aNonRootImageRunsItsCommandsAsItselfAndOwnsWhereItsFilesGo(String image) {
        String user = components().effectiveUser(image);
        if (user.equals("root")) {
            return;
        }
        List<OwnershipGrant> grants = components().lineage(image).stream()
                .flatMap(name -> components().instructions(name).ownershipGrants().stream()).toList();
        List<String> problems = new ArrayList<>();
        for (ImageUse use : components().uses(image)) {
            String file = shown(use.definition().file());
            Command command = use.command();
            if (command.user() != null && !command.user().equals(user)) {
                problems.add(file + ": '" + command.command() + "' wants user " + command.user()
                        + ", but " + image + " runs as " + user + " and cannot switch");
            }
            for (FileSpec spec : use.files()) {
                if (spec.user() != null && !spec.user().equals(user)) {
                    problems.add(file + ": " + spec.path() + " should belong to " + spec.user() + ", but " + image
                            + " runs as " + user + " and cannot chown");
                }
                String directory = Path.of(spec.path()).getParent().toString();
                if (grants.stream().noneMatch(grant -> grant.letsWrite(user, directory))) {
                    problems.add(file + ": " + image + " runs as " + user + ", but no Dockerfile of "
                            + components().lineage(image) + " gives it " + directory + " to write " + spec.path());
                }
            }
        }
        assertThat(problems).as(dockerfile(image)).isEmpty();
    }

    // ---- services (issue 7, REFERENCE 9.1)

    @Test
    void theServicesAreThoseOfTheIssue() {
        assertThat(components().cloud().services().services()).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void theDefaultConfigurationAliasesDatabaseRpcAndNotificationsAsTheOriginal() {
        Map<String, Object> aliases = components().config().config().services();
        assertThat(aliases).containsEntry("database", Map.of("service_def", "mariadb"))
                .containsEntry("rpc", Map.of("service_def", "rabbitmq"))
                .containsEntry("notifications", Map.of("service_def", "rabbitmq"));
        Map<String, String> baseServices = new LinkedHashMap<>();
        for (String alias : List.of("database", "rpc", "notifications")) {
            RawDefinition definition = components().cloud().services().loaded().definition(alias).orElseThrow();
            assertThat(definition.isAlias()).as(alias).isTrue();
            baseServices.put(alias, definition.baseService());
        }
        assertThat(baseServices).containsExactly(entry("database", "mariadb"), entry("rpc", "rabbitmq"),
                entry("notifications", "rabbitmq"));
    }

    @Test
    void keystoneMakesKeysAndItsDatabaseThenBootstrapsAndCreatesTheServiceProjectAndRole() throws IOException {
        ServiceDefinition keystone = components().definitions().get("keystone");
        String file = shown(keystone.file());
        Map<String, Workflow> workflows = WorkflowFactory.workflows(keystone);
        assertThat(workflows).as(file).containsOnlyKeys("keystone", "keystone-db-create", "keystone-db-sync",
                "keystone-db-bootstrap", "keystone-create-service-project", "keystone-create-service-role");

        assertThat(job(workflows, "keystone-db-create").dependencies()).as(file)
                .anyMatch(dependency -> dependency.startsWith("database/"));
        assertThat(job(workflows, "keystone-db-sync").dependencies()).as(file)
                .containsExactly("keystone/keystone-db-create");
        assertThat(job(workflows, "keystone-db-sync").job().command()).as(file)
                .contains("keystone-manage").contains("db_sync");
        assertThat(job(workflows, "keystone-db-bootstrap").dependencies()).as(file)
                .containsExactly("keystone/keystone-db-sync");

        DaemonWorkflow daemon = (DaemonWorkflow) workflows.get("keystone");
        assertThat(daemon.dependencies()).as(file).contains("keystone/keystone-db-create",
                "keystone/keystone-db-sync", "keystone/keystone-db-bootstrap");
        assertThat(daemon.pre()).extracting(WorkflowCommand::command).as("%s: the key step before keystone starts", file)
                .contains("/opt/ccp/bin/keystone-keys.sh");
        assertThat(daemon.files()).extracting(WorkflowFile::name).as(file).contains("keystone-keys.sh");
        assertThat(template("keystone", "keystone-keys.sh.j2")).as("components/keystone/service/files/keystone-keys.sh.j2")
                .contains("fernet_setup").contains("credential_setup");

        JobWorkflow bootstrap = job(workflows, "keystone-db-bootstrap");
        assertThat(bootstrap.files()).extracting(WorkflowFile::name).as(file)
                .contains("keystone-bootstrap.sh", "keystone-keys.sh");
        assertThat(template("keystone", "keystone-bootstrap.sh.j2"))
                .as("components/keystone/service/files/keystone-bootstrap.sh.j2")
                .contains("/opt/ccp/bin/keystone-keys.sh").contains("keystone-manage").contains(" bootstrap ")
                .contains("--bootstrap-project-name").contains("--bootstrap-role-name");
        assertThat(template("keystone", "keystone-db-create.sh.j2"))
                .as("components/keystone/service/files/keystone-db-create.sh.j2").contains("mysql.create_database(");

        assertThat(job(workflows, "keystone-create-service-project").job().command()).as(file)
                .startsWith("openstack project create");
        assertThat(job(workflows, "keystone-create-service-project").dependencies()).as(file).contains("keystone/keystone");
        assertThat(job(workflows, "keystone-create-service-role").job().command()).as(file)
                .startsWith("openstack role create");
        assertThat(job(workflows, "keystone-create-service-role").dependencies()).as(file).contains("keystone/keystone");
    }

    private static JobWorkflow job(Map<String, Workflow> workflows, String name) {
        assertThat(workflows.get(name)).as(name).isInstanceOf(JobWorkflow.class);
        return (JobWorkflow) workflows.get(name);
    }

    private static String template(String component, String name) throws IOException {
        return Files.readString(components().cloud().services().loaded().component(component).orElseThrow()
                .templates().get(name));
    }

    // ---- exports (seed 004 4.2.2 item 4, REFERENCE 7.8, 9.5)

    @Test
    void oslomessagingAndKeystoneauthtokenAreExportedMacrosThatRenderTheirSections() {
        Exports exports = components().cloud().services().loaded().exports();
        assertThat(exports.templates().values()).extracting(ExportedTemplate::fileName)
                .contains("oslo_messaging.j2", "keystone_authtoken.j2");
        assertThat(repository("rabbitmq").exportsDir().resolve("oslo_messaging.j2")).isRegularFile();
        assertThat(repository("keystone").exportsDir().resolve("keystone_authtoken.j2")).isRegularFile();

        Map<String, Object> context = new LinkedHashMap<>(components().config().config().renderContext());
        context.put("service_name", "glance-api");
        List<Path> exportDirectories = components().config().repositories().stream().map(ComponentRepository::exportsDir)
                .filter(Files::isDirectory).toList();
        // Strict: a macro must need nothing the default configuration lacks.
        RenderOptions options = RenderOptions.strict().withSearchPath(exportDirectories)
                .withHostResolver(HostResolver.IDENTITY);
        String body = exports.importHeader()
                + "{{ oslo_messaging[messaging.backend.rpc]('rpc_config') }}\n"
                + "{{ oslo_messaging[messaging.backend.notifications]('notify_config') }}\n"
                + "{{ keystone_authtoken.keystone_authtoken('glance', 'glance-secret') }}\n";
        String rendered = JinjaDialect.standard().render(TemplateSource.of("glance-api.conf.j2", body), context, options);

        assertThat(rendered.lines()).contains(
                "[DEFAULT]",
                "transport_url = rabbit://openstack:password@rpc.ccp.svc.cluster.local:5672/",
                "[oslo_messaging_notifications]",
                "transport_url = rabbit://openstack:password@notifications.ccp.svc.cluster.local:5672/",
                "[keystone_authtoken]",
                "auth_url = http://keystone.ccp.svc.cluster.local:35357",
                "username = glance",
                "password = glance-secret",
                "memcached_servers = memcached.ccp.svc.cluster.local:11211");
    }

    private static ComponentRepository repository(String name) {
        return components().config().repositories().stream().filter(repository -> repository.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no repository " + name + " in " + InTreeComponents.DIRECTORY));
    }
}
