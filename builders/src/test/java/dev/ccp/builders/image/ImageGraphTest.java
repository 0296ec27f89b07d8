package dev.ccp.builders.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** REFERENCE 5 steps 4 and 6, 6.4 and 1.10. */
class ImageGraphTest {

    private static ImageDefinition image(String name, String parent) {
        return new ImageDefinition(name, "repo", Path.of("/repo/docker", name, "Dockerfile.j2"),
                Optional.ofNullable(parent), List.of(), Map.of(), "FROM x", Path.of("/repo/docker", name));
    }

    /** base -> base-tools -> {galera, openstack-base -> {keystone, nova-base -> {nova-api}}}, plus base2 (no parent). */
    private static ImageGraph tree() {
        return ImageGraph.of(List.of(image("base", null), image("base-tools", "base"), image("galera", "base-tools"),
                image("openstack-base", "base-tools"), image("keystone", "openstack-base"),
                image("nova-base", "openstack-base"), image("nova-api", "nova-base"), image("other", null)));
    }

    @Test
    void unknownParentsAreNamedAsTheOriginalDoes() {
        assertThatThrownBy(() -> ImageGraph.of(List.of(image("a", "missing"), image("b", "gone"), image("c", null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Could not find parents for the following images: a[missing], b[gone]");
    }

    @Test
    void cyclesAreRejectedNamingTheImages() {
        assertThatThrownBy(() -> ImageGraph.of(List.of(image("a", "b"), image("b", "c"), image("c", "a"), image("d", null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(1))
                .hasMessageContaining("a -> b -> c -> a");
    }

    @Test
    void topologicalOrderPutsParentsFirst() {
        List<String> order = tree().topologicalOrder();
        assertThat(order).hasSize(8);
        for (String child : List.of("base-tools", "galera", "openstack-base", "keystone", "nova-base", "nova-api")) {
            String parent = tree().parent(child).orElseThrow();
            assertThat(order.indexOf(parent)).as(child).isLessThan(order.indexOf(child));
        }
        assertThat(tree().children("openstack-base")).containsExactly("keystone", "nova-base");
    }

    @Test
    void baseImagesMustHaveNoParentAndOthersMustHaveOne() {
        List<Problem> problems = tree().baseImageProblems(List.of("base", "galera"));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "Image galera is listed as base image but has a parent base-tools",
                "Image other doesn't have a parent and is not listed as base image. Malformed FROM line?");
        assertThat(tree().baseImageProblems(List.of("base", "other"))).isEmpty();
    }

    @ParameterizedTest(name = "-c {0} (ready: {1}) processes {2}")
    @CsvSource(delimiter = '|', value = {
        // REFERENCE 5 step 6: galera -> base-tools -> base, none ready: all three selected
        "galera      |                      | base base-tools galera",
        // walking up stops at a ready image
        "galera      | base-tools           | galera",
        // prefix match
        "nova        |                      | base base-tools openstack-base nova-base nova-api",
        // keep_image_tree_consistency: ready descendants of processed images follow them (nova-api
        // is ready but its parent nova-base is neither selected nor ready, so it is not visited)
        "base-tools  | openstack-base keystone nova-api | base base-tools openstack-base keystone",
    })
    void selectionAddsMissingAncestorsAndReadyDescendants(String components, String ready, String expected) {
        Set<String> readyImages = ready == null ? Set.of() : Set.of(ready.split(" "));
        List<String> order = tree().buildOrder(List.of(components.split(" ")), true, true, readyImages::contains);
        assertThat(order).containsExactlyInAnyOrder(expected.split(" "));
        assertThat(order).isEqualTo(tree().topologicalOrder().stream().filter(order::contains).toList());
    }

    @Test
    void withoutBaseImageBuildingOnlyTheSelectionIsProcessed() {
        assertThat(tree().buildOrder(List.of("galera"), false, false, name -> false)).containsExactly("galera");
        assertThat(tree().buildOrder(List.of(), false, false, name -> false)).hasSize(8);
    }

    @Test
    void aComponentMatchingNothingIsAnError() {
        assertThatThrownBy(() -> ComponentPrefixes.select(Arrays.asList("keystone", "nova-api"), List.of("nova", "glance", "zz")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Component \"glance\" doesn't match any dockerfile")
                .hasMessageContaining("Component \"zz\" doesn't match any dockerfile");
        assertThat(ComponentPrefixes.select(List.of("nova-api", "keystone", "nova-base"), List.of("nova")))
                .containsExactly("nova-api", "nova-base");
    }
}
