package dev.ccp.cluster.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cluster.TestObjects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NamespacePlacementTest {

    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    /** Objects of every kind ccp renders, with nested specs, lists and maps; none names a namespace. */
    static Stream<HasMetadata> looseObjects() {
        GenericKubernetesResource custom = new GenericKubernetesResourceBuilder().withApiVersion("example.org/v1")
                .withKind("Widget").withNewMetadata().withName("w").addToLabels("app", "w").endMetadata()
                .withAdditionalProperties(Map.of("spec", Map.of("size", 3))).build();
        return Stream.concat(TestObjects.component("ccp", "keystone", "v").stream(),
                Stream.of(TestObjects.ingress("ccp", "horizon", "horizon.example.org"), custom))
                .map(object -> {
                    object.getMetadata().setNamespace(null);
                    return object;
                });
    }

    @ParameterizedTest
    @MethodSource("looseObjects")
    void aLooseObjectIsCopiedIntoTheNamespaceAndTheOriginalIsLeftAlone(HasMetadata object) {
        String before = JSON.asJson(object);

        HasMetadata placed = NamespacePlacement.place(object, "ccp-7");

        assertThat(placed).isNotSameAs(object).isInstanceOf(object.getClass());
        assertThat(placed.getMetadata().getNamespace()).isEqualTo("ccp-7");
        assertThat(JSON.asJson(object)).as("the original, unchanged").isEqualTo(before);
        HasMetadata expected = JSON.unmarshal(before, object.getClass());
        expected.getMetadata().setNamespace("ccp-7");
        assertThat(JSON.asJson(placed)).as("the copy is the original in the namespace").isEqualTo(JSON.asJson(expected));
        placed.getMetadata().getLabels().put("changed", "yes");
        assertThat(object.getMetadata().getLabels()).as("a deep copy").doesNotContainKey("changed");
    }

    @ParameterizedTest
    @MethodSource("looseObjects")
    void anObjectThatNamesANamespaceIsTakenAsItIs(HasMetadata object) {
        object.getMetadata().setNamespace("elsewhere");

        assertThat(NamespacePlacement.place(object, "ccp-7")).isSameAs(object);
    }

    @Test
    void theNamespaceItselfIsClusterScoped() {
        HasMetadata namespace = TestObjects.namespace("ccp-7");

        assertThat(NamespacePlacement.place(namespace, "ccp-7")).isSameAs(namespace);
        assertThat(namespace.getMetadata().getNamespace()).isNull();
    }
}
