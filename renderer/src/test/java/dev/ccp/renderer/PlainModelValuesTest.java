package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain values of model objects are what the Fabric8 serialization makes of them: every object of
 * the demo and the example environment, and the model's special cases one by one.
 */
class PlainModelValuesTest {

    private static final KubernetesSerialization FABRIC8 = ModelSerialization.create();

    private final PlainModelValues plain = new PlainModelValues();

    static Stream<Arguments> renderedObjects() {
        List<HasMetadata> objects = new ArrayList<>(Demo.render().objects());
        objects.addAll(Example.render().objects());
        return objects.stream().map(o -> Arguments.of(o.getKind() + " " + o.getMetadata().getName(), o));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderedObjects")
    void everyRenderedObjectIsWhatTheFabric8SerializationMakesOfIt(String object, HasMetadata model) {
        assertThat(plain.mapping(model)).isEqualTo(fabric8(model));
    }

    @Test
    void intOrStringIsItsNumberOrItsText() {
        KubernetesResource port = new ServicePortBuilder().withPort(80).withTargetPort(new IntOrString(8080)).build();
        KubernetesResource strategy = new DeploymentStrategyBuilder().withType("RollingUpdate").withNewRollingUpdate()
                .withMaxUnavailable(new IntOrString("50%")).endRollingUpdate().build();

        assertThat(plain.mapping(port)).isEqualTo(Map.of("port", 80, "targetPort", 8080)).isEqualTo(fabric8(port));
        assertThat(plain.mapping(strategy))
                .isEqualTo(Map.of("type", "RollingUpdate", "rollingUpdate", Map.of("maxUnavailable", "50%")))
                .isEqualTo(fabric8(strategy));
    }

    @Test
    void quantityIsAmountAndFormatAsOneString() {
        KubernetesResource resources = new ResourceRequirementsBuilder()
                .addToLimits("memory", new Quantity("1", "Gi")).addToLimits("cpu", new Quantity("500m")).build();

        assertThat(plain.mapping(resources)).isEqualTo(Map.of("limits", Map.of("memory", "1Gi", "cpu", "500m")))
                .isEqualTo(fabric8(resources));
    }

    @Test
    void nullAndEmptyCollectionsAreLeftOutButAnEmptyObjectIsWritten() {
        KubernetesResource container = new ContainerBuilder().withName("c").withArgs(List.of())
                .withSecurityContext(new io.fabric8.kubernetes.api.model.SecurityContext()).build();
        KubernetesResource selector = new LabelSelector();

        assertThat(plain.mapping(container)).isEqualTo(Map.of("name", "c", "securityContext", Map.of()))
                .isEqualTo(fabric8(container));
        assertThat(plain.mapping(selector)).isEmpty();
        assertThat(fabric8(selector)).isEmpty();
    }

    @Test
    void additionalPropertiesAreWrittenAndWinOverAFieldOfTheSameName() {
        ObjectMeta metadata = new ObjectMeta();
        metadata.setName("field");
        metadata.setAdditionalProperty("name", "additional");
        metadata.setAdditionalProperty("extra", List.of(1, "two", Map.of("three", true)));

        assertThat(plain.mapping(metadata))
                .isEqualTo(Map.of("name", "additional", "extra", List.of(1, "two", Map.of("three", true))))
                .isEqualTo(fabric8(metadata));
    }

    @Test
    void blocksReadFromDefinitionsKeepTheirUnknownKeys() {
        Map<String, Object> lifecycle = Map.of("preStop", Map.of("exec", Map.of("command", List.of("stop"))),
                "futureHook", Map.of("seconds", 5));
        Map<String, Object> valueFrom = Map.of("secretKeyRef", Map.of("name", "s", "key", "k", "optional", false));
        ModelValues models = new ModelValues(FABRIC8);
        Lifecycle lifecycleModel = models.toModel(lifecycle, Lifecycle.class);
        EnvVarSource valueFromModel = models.toModel(valueFrom, EnvVarSource.class);

        assertThat(plain.mapping(lifecycleModel)).isEqualTo(lifecycle).isEqualTo(fabric8(lifecycleModel));
        assertThat(plain.mapping(valueFromModel)).isEqualTo(valueFrom).isEqualTo(fabric8(valueFromModel));
    }

    @Test
    void aTypeWithoutKnownRulesIsRefused() {
        assertThatThrownBy(() -> plain.value(new StringBuilder("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write a java.lang.StringBuilder as plain values");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fabric8(Object model) {
        return FABRIC8.convertValue(model, LinkedHashMap.class);
    }
}
