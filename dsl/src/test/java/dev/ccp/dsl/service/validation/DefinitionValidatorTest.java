package dev.ccp.dsl.service.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.TestDefinitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each case patches one valid definition ({@code path=yaml value}, several joined by
 * {@code " ; "}, {@code <remove>} deletes the key) and expects one problem at a key path whose
 * message contains a fragment.
 */
class DefinitionValidatorTest {

    private static final String VALID = """
            dsl_version: 0.9.0
            service:
              name: svc
              containers:
                - name: app
                  image: app
                  daemon:
                    command: run
            files:
              app-conf:
                path: /etc/app.conf
                content: app.conf.j2
            secrets:
              token:
                path: /etc/token
                secret:
                  secretName: app-token
            """;
    private static final String C = "service.containers[0]";

    private final DefinitionValidator validator = new DefinitionValidator();

    @Test
    void theBaseDefinitionIsValid() {
        assertThat(validate("")).isEmpty();
    }

    @Test
    void aDefinitionUsingEveryKeyIsValid() {
        RawDefinition full = TestDefinitions.raw("""
                dsl_version: "0.9"
                service:
                  name: full
                  kind: Deployment
                  ports:
                    - cont: 5000
                      node: 30000
                      ingress: identity
                    - cont: "2222"
                  annotations:
                    pod: {a: b}
                    service: {prometheus.io/scrape: "true"}
                  headless: false
                  hostNetwork: yes
                  hostPID: no
                  strategy: Recreate
                  antiAffinity: global
                  containers:
                    - name: full
                      image: full
                      privileged: true
                      probes:
                        readiness: check.sh
                        liveness: {type: exec, command: alive.sh, timeout: 5, initialDelay: 10}
                      lifecycle: {preStop: {exec: {command: [stop]}}}
                      volumes:
                        - {name: logs, type: host, path: /var/log/full, mount-path: /logs, readOnly: true}
                        - {name: tmp, type: empty-dir, path: /tmp/full}
                      env:
                        - {name: A, value: x}
                        - {name: B, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}
                      pre:
                        - {name: prepare, command: prepare.sh, user: root}
                        - {name: full-db, type: single, image: client, command: db.sh, dependencies: [database],
                           files: [conf], secrets: [key], user: full}
                      daemon:
                        command: full
                        dependencies: [memcached, "nova-libvirt:local"]
                        files: [conf]
                        secrets: [key]
                        user: full
                      post:
                        - {name: full-bootstrap, type: single, command: bootstrap.sh}
                        - {type: local, command: post.sh}
                files:
                  conf: {path: /etc/full/full.conf, content: full.conf.j2, perm: "0600", user: full}
                  script.sh: {path: /opt/script.sh, content: script.sh.j2, perm: "755"}
                secrets:
                  key:
                    path: /etc/full/keys/
                    type: Opaque
                    data: {a: b}
                    secret:
                      secretName: full-keys
                      defaultMode: "0400"
                      items: [{key: a, path: keys/a, mode: "0440"}]
                """);

        assertThat(validator.validate(full)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            service.hostPID=yes
            service.antiAffinity=null
            service.ports=[{cont: '2222', node: '33333'}]
            service.containers[0].probes={readiness: check.sh, liveness: {type: httpGet, port: 8080, path: /liveness, timeout: 30, initialDelay: 60, scheme: https}}
            service.containers[0].volumes=[{name: data, type: empty-dir, path: /data, mount-path: /var/data, readOnly: true}]
            service.containers[0].pre=[{name: x, command: a}, {name: x, command: b}]
            files.app-conf.perm='0600'
            files.app-conf.perm='755'
            secrets.token.secret.defaultMode='0400'
            secrets.token.secret.defaultMode='0777'
            secrets.token.secret.defaultMode='0001'
            secrets.token.secret.items=[{key: a, path: a, mode: '0400'}]
            """)
    void acceptsValidVariants(String patches) {
        assertThat(validate(patches)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            =[1, 2]                                    |                                  | expected a mapping with dsl_version and service, found a list
            servise={}                                 | servise                          | unknown key (did you mean 'service'?); expected one of: dsl_version, files, secrets, service
            service=<remove>                           |                                  | missing required key 'service'
            dsl_version=<remove>                       |                                  | missing required key 'dsl_version'
            dsl_version=abc                            | dsl_version                      | expected a version X.Y or X.Y.Z, found 'abc'
            service=[x]                                | service                          | expected a mapping, found a list
            service.name=<remove>                      | service                          | missing required key 'name'
            service.name=' '                           | service.name                     | expected a non-empty string, found a blank string
            service.containers=[]                      | service.containers               | expected a non-empty list of containers, found an empty list
            service.containers=<remove>                | service                          | missing required key 'containers'
            service.hostNetwrok=true                   | service.hostNetwrok              | unknown key (did you mean 'hostNetwork'?)
            service.kind=Daemonset                     | service.kind                     | expected one of Deployment, DaemonSet, StatefulSet, found 'Daemonset' (did you mean 'DaemonSet'?)
            service.headless=maybe                     | service.headless                 | expected true or false, found 'maybe'
            service.strategy=Rolling                   | service.strategy                 | expected one of RollingUpdate, Recreate, found 'Rolling'
            service.antiAffinity=remote                | service.antiAffinity             | expected one of local, global, found 'remote'
            service.kind=StatefulSet ; service.strategy=Recreate | service.strategy       | expected no strategy for kind StatefulSet (it has none), found 'Recreate'
            service.ports=8080                         | service.ports                    | expected a non-empty list of ports, found 8080 (a number)
            service.ports=[{cont: 0}]                  | service.ports[0].cont            | expected a port number 1..65535, found 0 (a number)
            service.ports=[{cont: 65536}]              | service.ports[0].cont            | expected a port number 1..65535, found 65536 (a number)
            service.ports=[{node: 30000}]              | service.ports[0]                 | missing required key 'cont'
            service.ports=[{cont: 80, node: abc}]      | service.ports[0].node            | expected a port number 1..65535, found 'abc'
            service.ports=[{cont: 80, ingres: x}]      | service.ports[0].ingres          | unknown key (did you mean 'ingress'?)
            service.annotations={pod: [a]}             | service.annotations.pod          | expected a mapping of annotations, found a list
            service.annotations={pods: {}}             | service.annotations.pods         | unknown key (did you mean 'pod'?)
            service.containers[0].image=<remove>       | service.containers[0]            | missing required key 'image'
            service.containers[0].daemon=<remove>      | service.containers[0]            | missing required key 'daemon'
            service.containers[0].probs={}             | service.containers[0].probs      | unknown key (did you mean 'probes'?)
            service.containers[0].privileged='true'    | service.containers[0].privileged | expected true or false, found 'true'
            service.containers[0].lifecycle=[x]        | service.containers[0].lifecycle  | expected a lifecycle mapping, found a list
            service.containers=[{name: app, image: a, daemon: {command: x}}, {name: app, image: b, daemon: {command: y}}] | service.containers[1].name | expected a name unique among the containers and single jobs of the service, found 'app' (also used at service.containers[0].name)
            service.containers[0].probes={readiness: {type: tcp, port: 80}}   | service.containers[0].probes.readiness.type | expected one of exec, httpGet, found 'tcp'
            service.containers[0].probes={readiness: {port: 80}}              | service.containers[0].probes.readiness      | missing required key 'type' (exec or httpGet)
            service.containers[0].probes={readiness: {type: httpGet, path: /x}} | service.containers[0].probes.readiness    | missing required key 'port'
            service.containers[0].probes={readiness: {type: httpGet, port: 80, path: readiness}} | service.containers[0].probes.readiness.path | expected an absolute path such as /etc/service/file.conf, found 'readiness'
            service.containers[0].probes={liveness: {type: exec}}             | service.containers[0].probes.liveness       | missing required key 'command'
            service.containers[0].probes={liveness: {type: exec, command: x, port: 80}} | service.containers[0].probes.liveness.port | unknown key
            service.containers[0].probes={liveness: {type: exec, command: x, timeout: 0}} | service.containers[0].probes.liveness.timeout | expected a number of seconds 1..360, found 0 (a number)
            service.containers[0].probes={liveness: {type: exec, command: x, initialDelay: 361}} | service.containers[0].probes.liveness.initialDelay | expected a number of seconds 1..360, found 361 (a number)
            service.containers[0].probes={liveness: {type: httpGet, port: 80, path: /, scheme: HTTPS}} | service.containers[0].probes.liveness.scheme | expected one of http, https, found 'HTTPS' (did you mean 'https'?)
            service.containers[0].probes={liveness: check.sh}                 | service.containers[0].probes.liveness       | expected a probe mapping with type exec or httpGet, found 'check.sh'
            service.containers[0].probes={readiness: ''}                      | service.containers[0].probes.readiness      | expected a non-empty string, found an empty string
            service.containers[0].probes={readiness: 5}                       | service.containers[0].probes.readiness      | expected a command string or a probe mapping, found 5 (a number)
            service.containers[0].volumes=[{name: data, path: /data}]         | service.containers[0].volumes[0]            | missing required key 'type' (host or empty-dir)
            service.containers[0].volumes=[{name: data, path: /data, type: nfs}] | service.containers[0].volumes[0].type    | expected one of host, empty-dir, found 'nfs'
            service.containers[0].volumes=[{name: data, path: data, type: host}] | service.containers[0].volumes[0].path    | expected an absolute path
            service.containers[0].volumes=[{name: data, path: /data, type: empty-dir, readOnly: 'no'}] | service.containers[0].volumes[0].readOnly | expected true or false, found 'no'
            service.containers[0].volumes=[{name: data, path: /data, type: host, mountPath: /x}] | service.containers[0].volumes[0].mountPath | unknown key (did you mean 'mount-path'?)
            service.containers[0].volumes=[]                                  | service.containers[0].volumes               | expected a non-empty list of volumes, found an empty list
            service.containers[0].env=[{name: A, value: 5}]                   | service.containers[0].env[0].value          | expected a non-empty string, found 5 (a number)
            service.containers[0].env=[{value: x}]                            | service.containers[0].env[0]                | missing required key 'name'
            service.containers[0].env=[{name: A, valueFrom: x}]               | service.containers[0].env[0].valueFrom      | expected a valueFrom mapping, found 'x'
            service.containers[0].daemon={command: run, type: single, name: x} | service.containers[0].daemon.type         | expected a local command for the daemon (type local or no type), found 'single'
            service.containers[0].daemon={comand: run}                        | service.containers[0].daemon.comand         | unknown key (did you mean 'command'?)
            service.containers[0].daemon={command: ''}                        | service.containers[0].daemon.command        | expected a non-empty string, found an empty string
            service.containers[0].pre=[{type: single, command: x}]            | service.containers[0].pre[0]                | missing required key 'name'
            service.containers[0].pre=[{command: x, image: y}]                | service.containers[0].pre[0].image          | unknown key
            service.containers[0].pre=[{command: x, type: once}]              | service.containers[0].pre[0].type           | expected one of local, single, found 'once'
            service.containers[0].pre=[]                                      | service.containers[0].pre                   | expected a non-empty list of commands, found an empty list
            service.containers[0].daemon={command: run, dependencies: []}     | service.containers[0].daemon.dependencies   | expected a non-empty list of dependency names, found an empty list
            service.containers[0].daemon={command: run, dependencies: ['x:global']} | service.containers[0].daemon.dependencies[0] | expected a dependency name, optionally with ':local', found 'x:global'
            service.containers[0].daemon={command: run, dependencies: ['']}   | service.containers[0].daemon.dependencies[0] | expected a non-empty string, found an empty string
            service.containers[0].daemon={command: run, files: [app-cnf]}     | service.containers[0].daemon.files[0]       | expected a key of the definition's 'files' section (app-conf), found 'app-cnf' (did you mean 'app-conf'?)
            service.containers[0].daemon={command: run, secrets: [tokn]}      | service.containers[0].daemon.secrets[0]     | expected a key of the definition's 'secrets' section (token), found 'tokn' (did you mean 'token'?)
            files=<remove> ; service.containers[0].daemon={command: run, files: [app-conf]} | service.containers[0].daemon.files[0] | but the definition has no 'files' section
            service.containers[0].pre=[{name: job, type: single, command: a}] ; service.containers[0].post=[{name: job, type: single, command: b}] | service.containers[0].post[0].name | found 'job' (also used at service.containers[0].pre[0].name)
            service.containers[0].pre=[{name: app, type: single, command: a}] | service.containers[0].pre[0].name           | found 'app' (also used at service.containers[0].name)
            files=[a]                                  | files                            | expected a mapping of file keys to {path, content, perm, user}, found a list
            files.app-conf.path=etc/app.conf           | files.app-conf.path              | expected an absolute path such as /etc/service/file.conf, found 'etc/app.conf'
            files.app-conf.content=<remove>            | files.app-conf                   | missing required key 'content'
            files.app-conf.perm='0778'                 | files.app-conf.perm              | expected a quoted octal permission of 3 or 4 digits such as '0644', found '0778'
            files.app-conf.perm='12345'                | files.app-conf.perm              | found '12345'
            files.app-conf.perm=0600                   | files.app-conf.perm              | found 384 (a number)
            files.app-conf.owner=x                     | files.app-conf.owner             | unknown key
            files={app.conf: {path: /x, content: ''}}  | files["app.conf"].content        | expected a non-empty string, found an empty string
            secrets=[x]                                | secrets                          | expected a mapping of secret keys to {secret, path, type, data}, found a list
            secrets.token.secret={}                    | secrets.token.secret             | missing required key 'secretName'
            secrets.token.secret.defaultMode='123'     | secrets.token.secret.defaultMode | expected a quoted octal permission of 0 and three octal digits such as '0400', found '123'
            secrets.token.secret.defaultMode='0778'    | secrets.token.secret.defaultMode | found '0778'
            secrets.token.secret.defaultMode='1400'    | secrets.token.secret.defaultMode | found '1400'
            secrets.token.secret.defaultMode=0400      | secrets.token.secret.defaultMode | found 256 (a number)
            secrets.token.secret.items=[{key: a, path: a, mode: '1400'}] | secrets.token.secret.items[0].mode | found '1400'
            secrets.token.secret.items=[{path: a}]     | secrets.token.secret.items[0]    | missing required key 'key'
            secrets.token.secret.items=[]              | secrets.token.secret.items       | expected a non-empty list of items {key, path, mode}, found an empty list
            secrets.token.path=<remove>                | secrets.token                    | missing required key 'path'
            secrets.token.data={a: ''}                 | secrets.token.data.a             | expected a non-empty string, found an empty string
            secrets.token.kind=x                       | secrets.token.kind               | unknown key
            """)
    void reportsTheProblemAtItsKeyPath(String patches, String keyPath, String fragment) {
        List<Problem> problems = validate(patches);

        assertThat(problems)
                .anySatisfy(problem -> {
                    assertThat(problem.keyPath()).isEqualTo(keyPath == null ? "" : keyPath);
                    assertThat(problem.message()).contains(fragment);
                    assertThat(problem.file()).isEqualTo("svc.yaml");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0400", "0777", "0001"})
    void secretPermissionsOfTheOriginalTestsAreValid(String permission) {
        assertThat(validate("secrets.token.secret.defaultMode='" + permission + "'")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "0778", "1400"})
    void secretPermissionsOfTheOriginalTestsAreInvalid(String permission) {
        assertThat(validate("secrets.token.secret.defaultMode='" + permission + "'"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).endsWith("found '" + permission + "'"));
    }

    @Test
    void emptySecretBlockNeedsSecretName() {
        assertThat(validate("secrets.token.secret={}"))
                .extracting(Problem::format)
                .containsExactly("svc.yaml: secrets.token.secret: missing required key 'secretName'");
    }

    @Test
    void reportsEveryProblemOfADocumentInOnePass() {
        List<Problem> problems = validate("service.kind=Daemonset ; " + C + ".probes={readiness: {type: tcp}}"
                + " ; files.app-conf.perm='9' ; secrets.token.secret={}");

        assertThat(problems).extracting(Problem::keyPath).containsExactlyInAnyOrder(
                "service.kind", C + ".probes.readiness.type", "files.app-conf.perm", "secrets.token.secret");
    }

    private List<Problem> validate(String patches) {
        return validator.validate(RawDefinition.base("test", "svc.yaml", patched(patches)));
    }

    /** The valid definition with {@code patches} applied. */
    @SuppressWarnings("unchecked")
    private static Object patched(String patches) {
        Object document = TestDefinitions.yaml(VALID);
        if (patches.isBlank()) {
            return document;
        }
        for (String patch : patches.split(" ; ")) {
            int equals = patch.indexOf('=');
            List<Object> steps = steps(patch.substring(0, equals).trim());
            String valueText = patch.substring(equals + 1).trim();
            if (steps.isEmpty()) {
                document = TestDefinitions.yaml(valueText);
                continue;
            }
            Object parent = document;
            for (Object step : steps.subList(0, steps.size() - 1)) {
                parent = step instanceof Integer index ? ((List<Object>) parent).get(index)
                        : ((Map<String, Object>) parent).get(step);
            }
            Object last = steps.get(steps.size() - 1);
            if (valueText.equals("<remove>")) {
                ((Map<String, Object>) parent).remove(last);
            } else if (last instanceof Integer index) {
                ((List<Object>) parent).set(index, TestDefinitions.yaml(valueText));
            } else {
                ((Map<String, Object>) parent).put((String) last, TestDefinitions.yaml(valueText));
            }
        }
        return document;
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher matcher = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(path);
        while (matcher.find()) {
            steps.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
        }
        return steps;
    }
}
