package dev.ccp.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyPathTest {

    @Test
    void printsDottedKeysAndBracketedIndexes() {
        assertThat(KeyPath.of("repositories", "repos").index(2).key("name")).hasToString("repositories.repos[2].name");
        assertThat(KeyPath.root()).hasToString("");
        assertThat(KeyPath.root().index(0).key("a")).hasToString("[0].a");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "files,app-conf,perm         | files.app-conf.perm",
        "files,keystone.conf,perm    | files[\"keystone.conf\"].perm",
        "sources,openstack/keystone  | sources[\"openstack/keystone\"]",
        "nodes,node[1-3]             | nodes[\"node[1-3]\"]",
        "a.b,c                       | [\"a.b\"].c",
        "data,say \"hi\"             | data[\"say \\\"hi\\\"\"]",
        "data,back\\slash           | data[\"back\\\\slash\"]",
        "data,two words              | data[\"two words\"]",
    })
    void keysThatAreNotPlainWordsArePrintedQuotedInBrackets(String keys, String printed) {
        assertThat(KeyPath.of(keys.split(","))).hasToString(printed);
    }

    @Test
    void anEmptyKeyIsPrintedQuoted() {
        assertThat(KeyPath.of("secrets", "")).hasToString("secrets[\"\"]");
    }

    @Test
    void keysWithDotsAreOneSegment() {
        KeyPath path = KeyPath.of("files", "keystone.conf");
        assertThat(path.segments()).containsExactly("files", "keystone.conf");
        assertThat(path).isNotEqualTo(KeyPath.of("files", "keystone", "conf"));
    }

    @Test
    void navigatesParentsAndPrefixes() {
        KeyPath path = KeyPath.of("services", "db", "configs");
        assertThat(path.parent()).isEqualTo(KeyPath.of("services", "db"));
        assertThat(path.last()).isEqualTo("configs");
        assertThat(path.section()).isEqualTo("services");
        assertThat(path.startsWith(KeyPath.of("services"))).isTrue();
        assertThat(path.startsWith(KeyPath.of("service"))).isFalse();
        assertThat(path.withPrefix(KeyPath.of("services"), KeyPath.of("configs", "services")))
                .isEqualTo(KeyPath.of("configs", "services", "db", "configs"));
        assertThat(KeyPath.root().parent()).isEqualTo(KeyPath.root());
    }

    @Test
    void onlyKeysAndIndexesAreSegments() {
        assertThatThrownBy(() -> new KeyPath(List.of("a", 1.5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void originsFallBackToTheNearestEnclosingValue() {
        Origin file = new Origin("", "/c.yaml", 3);
        Origins origins = Origins.builder().put(KeyPath.of("roles", "controller"), file).build();
        assertThat(origins.of(KeyPath.of("roles", "controller").index(4))).contains(file);
        assertThat(origins.exact(KeyPath.of("roles", "controller").index(4))).isEmpty();
        assertThat(origins.of(KeyPath.of("nodes"))).isEmpty();
        assertThat(origins.problemAt(KeyPath.of("roles", "controller").index(4), "bad").format())
                .isEqualTo("/c.yaml:3: roles.controller[4]: bad");
    }

    @Test
    void originsDescribeThemselvesForExplain() {
        assertThat(Origin.builtIn("global defaults").describe()).isEqualTo("global defaults");
        assertThat(new Origin("", "/home/u/.ccp.yaml", 4).describe()).isEqualTo("/home/u/.ccp.yaml:4");
        assertThat(new Origin("component defaults", "components/keystone/service/files/defaults.yaml", 12).describe())
                .isEqualTo("component defaults: components/keystone/service/files/defaults.yaml:12");
    }
}
