package dev.ccp.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PodMaterializerTest {

    @TempDir
    Path state;

    private NodeSettings node() {
        return new NodeSettings("smoke", "ccp-smoke", "cluster.local", state, 2, 8L << 30, List.of("/run/shared"));
    }

    private static io.fabric8.kubernetes.api.model.PodSpec spec(io.fabric8.kubernetes.api.model.Container container,
                                                               io.fabric8.kubernetes.api.model.Volume... volumes) {
        return new PodSpecBuilder().withContainers(container).withVolumes(volumes).build();
    }

    private static HasMetadata deployment(String name, io.fabric8.kubernetes.api.model.PodSpec spec) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withSpec(spec).endTemplate().endSpec().build();
    }

    @Test
    void configMapItemsBecomeFilesWithTheirModes() throws Exception {
        HasMetadata files = new ConfigMapBuilder().withNewMetadata().withName("keystone-files").endMetadata()
                .addToData("keystone.conf", "[DEFAULT]\n").addToData("keys.sh", "#!/bin/sh\n").addToData("unused", "x").build();
        var container = new ContainerBuilder().withName("keystone").withImage("img")
                .addNewVolumeMount().withName("files").withMountPath("/etc/ccp/files").endVolumeMount().build();
        var volume = new VolumeBuilder().withName("files").withNewConfigMap().withName("keystone-files").withDefaultMode(0640)
                .addNewItem().withKey("keystone.conf").withPath("keystone.conf").endItem()
                .addNewItem().withKey("keys.sh").withPath("bin/keys.sh").withMode(0700).endItem()
                .endConfigMap().build();

        List<LocalPod> pods = new PodMaterializer(ExportedObjects.of(List.of(files, deployment("keystone", spec(container, volume)))), node())
                .materialize();

        Mount mount = pods.get(0).containers().get(0).mounts().get(0);
        assertThat(mount.target()).isEqualTo("/etc/ccp/files");
        assertThat(mount.readOnly()).as("ConfigMap volumes are read-only").isTrue();
        assertThat(Files.readString(mount.source().resolve("keystone.conf"))).isEqualTo("[DEFAULT]\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mount.source().resolve("keystone.conf")))).isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mount.source().resolve("bin/keys.sh")))).isEqualTo("rwx------");
        assertThat(mount.source().resolve("unused")).as("only the listed items are projected").doesNotExist();
    }

    @Test
    void secretValuesAreDecodedAndEveryKeyIsWrittenWithoutItems() throws Exception {
        HasMetadata secret = new SecretBuilder().withNewMetadata().withName("global-secrets").endMetadata()
                .addToData("global-secrets", Base64.getEncoder().encodeToString("{\"pw\": \"s3cret\"}".getBytes(StandardCharsets.UTF_8)))
                .build();
        var container = new ContainerBuilder().withName("c").withImage("img")
                .addNewVolumeMount().withName("s").withMountPath("/etc/ccp/global-secrets").endVolumeMount().build();
        var volume = new VolumeBuilder().withName("s").withNewSecret().withSecretName("global-secrets").endSecret().build();

        Mount mount = new PodMaterializer(ExportedObjects.of(List.of(secret, deployment("svc", spec(container, volume)))), node())
                .materialize().get(0).containers().get(0).mounts().get(0);

        assertThat(Files.readString(mount.source().resolve("global-secrets"))).isEqualTo("{\"pw\": \"s3cret\"}");
    }

    @Test
    void downwardApiAndResourceValuesAreThoseOfTheOneNode() {
        var container = new ContainerBuilder().withName("c").withImage("img")
                .addNewEnv().withName("CCP_NODE_NAME").withNewValueFrom().withNewFieldRef().withFieldPath("spec.nodeName").endFieldRef().endValueFrom().endEnv()
                .addNewEnv().withName("CCP_POD_NAME").withNewValueFrom().withNewFieldRef().withFieldPath("metadata.name").endFieldRef().endValueFrom().endEnv()
                .addNewEnv().withName("NS").withNewValueFrom().withNewFieldRef().withFieldPath("metadata.namespace").endFieldRef().endValueFrom().endEnv()
                .addNewEnv().withName("IP").withNewValueFrom().withNewFieldRef().withFieldPath("status.podIP").endFieldRef().endValueFrom().endEnv()
                .addNewEnv().withName("APP").withNewValueFrom().withNewFieldRef().withFieldPath("metadata.labels['app']").endFieldRef().endValueFrom().endEnv()
                .addNewEnv().withName("CPU_LIMIT").withNewValueFrom().withNewResourceFieldRef().withResource("limits.cpu").endResourceFieldRef().endValueFrom().endEnv()
                .addNewEnv().withName("MEMORY_LIMIT").withNewValueFrom().withNewResourceFieldRef().withResource("limits.memory").endResourceFieldRef().endValueFrom().endEnv()
                .addNewEnv().withName("GREETING").withValue("hello $(CCP_NODE_NAME) $$(NOT) $(UNKNOWN)").endEnv()
                .build();
        var limited = new ContainerBuilder(container).withName("limited")
                .withNewResources().addToLimits("cpu", new Quantity("1500m")).addToLimits("memory", new Quantity("256Mi")).endResources()
                .build();
        HasMetadata set = new StatefulSetBuilder().withNewMetadata().withName("etcd").endMetadata()
                .withNewSpec().withServiceName("etcd").withNewTemplate().withNewMetadata().addToLabels("app", "etcd").endMetadata()
                .withNewSpec().withContainers(container, limited).endSpec().endTemplate().endSpec().build();

        LocalPod pod = new PodMaterializer(ExportedObjects.of(List.of(set)), node()).materialize().get(0);

        assertThat(pod.name()).as("a StatefulSet's first ordinal").isEqualTo("etcd-0");
        Map<String, String> env = pod.containers().get(0).env();
        assertThat(env).containsEntry("CCP_NODE_NAME", "smoke").containsEntry("CCP_POD_NAME", "etcd-0")
                .containsEntry("NS", "ccp-smoke").containsEntry("IP", "127.0.0.1").containsEntry("APP", "etcd")
                .containsEntry("CPU_LIMIT", "2").containsEntry("MEMORY_LIMIT", String.valueOf(8L << 30))
                .containsEntry("GREETING", "hello smoke $(NOT) $(UNKNOWN)");
        assertThat(pod.containers().get(1).env()).containsEntry("CPU_LIMIT", "2").containsEntry("MEMORY_LIMIT", "268435456");
    }

    @Test
    void hostPathsAreRebasedUnderTheStateDirectoryUnlessShared() {
        var container = new ContainerBuilder().withName("c").withImage("img")
                .addNewVolumeMount().withName("data").withMountPath("/var/lib/mysql").endVolumeMount()
                .addNewVolumeMount().withName("run").withMountPath("/run/shared/x").withSubPath("x").endVolumeMount()
                .addNewVolumeMount().withName("tmp").withMountPath("/tmp/work").endVolumeMount()
                .build();
        var data = new VolumeBuilder().withName("data").withNewHostPath().withPath("/var/lib/ccp/ccp-smoke/database").endHostPath().build();
        var run = new VolumeBuilder().withName("run").withNewHostPath().withPath("/run/shared").endHostPath().build();
        var tmp = new VolumeBuilder().withName("tmp").withNewEmptyDir().endEmptyDir().build();

        List<Mount> mounts = new PodMaterializer(ExportedObjects.of(List.of(deployment("database", spec(container, data, run, tmp)))), node())
                .materialize().get(0).containers().get(0).mounts();

        assertThat(mounts.get(0).source()).isEqualTo(state.resolve("host/var/lib/ccp/ccp-smoke/database")).isDirectory();
        assertThat(mounts.get(0).readOnly()).isFalse();
        assertThat(mounts.get(1).source()).isEqualTo(Path.of("/run/shared/x"));
        assertThat(mounts.get(2).source()).isEqualTo(state.resolve("pods/database-local/tmp")).isDirectory();
    }

    @Test
    void podsAreOnePerWorkloadDaemonSetsOnlyWhenPlacedOnTheNodeAndJobsLast() {
        var container = new ContainerBuilder().withName("c").withImage("img").withCommand("tini", "--", "agent").withArgs("x").build();
        HasMetadata job = new JobBuilder().withNewMetadata().withName("keystone-db-sync").endMetadata()
                .withNewSpec().withBackoffLimit(3).withNewTemplate().withSpec(spec(container)).endTemplate().endSpec().build();
        HasMetadata here = daemonSet("ovs-here", "smoke", container);
        HasMetadata elsewhere = daemonSet("ovs-elsewhere", "node2", container);

        List<LocalPod> pods = new PodMaterializer(ExportedObjects.of(List.of(job, here, elsewhere, deployment("keystone", spec(container)))), node())
                .materialize();

        assertThat(pods).extracting(LocalPod::name).containsExactly("keystone-local", "ovs-here-smoke", "keystone-db-sync-local");
        LocalPod jobPod = pods.get(2);
        assertThat(jobPod.job()).isTrue();
        assertThat(jobPod.backoffLimit()).isEqualTo(3);
        assertThat(jobPod.workload()).isEqualTo("Job/keystone-db-sync");
        assertThat(jobPod.containers().get(0).command()).containsExactly("tini", "--", "agent");
        assertThat(jobPod.containers().get(0).args()).containsExactly("x");
    }

    private static HasMetadata daemonSet(String name, String nodeName, io.fabric8.kubernetes.api.model.Container container) {
        return new DaemonSetBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec().withContainers(container)
                .withNewAffinity().withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchExpression().withKey("kubernetes.io/hostname").withOperator("In")
                .withValues(nodeName).endMatchExpression().endNodeSelectorTerm()
                .endRequiredDuringSchedulingIgnoredDuringExecution().endNodeAffinity().endAffinity()
                .endSpec().endTemplate().endSpec().build();
    }

    @Test
    void aMissingConfigMapNamesTheWorkloadAndTheVolume() {
        var container = new ContainerBuilder().withName("c").withImage("img").build();
        var volume = new VolumeBuilder().withName("files").withNewConfigMap().withName("nope").endConfigMap().build();

        assertThatThrownBy(() -> new PodMaterializer(ExportedObjects.of(List.of(deployment("svc", spec(container, volume)))), node()).materialize())
                .isInstanceOf(HarnessException.class)
                .hasMessage("Deployment/svc: volume files: the export has no ConfigMap nope");
    }
}
