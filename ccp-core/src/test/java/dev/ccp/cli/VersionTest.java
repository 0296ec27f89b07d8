package dev.ccp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.service.DslVersion;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void theDslVersionPrintedIsTheOneTheGateEnforces() {
        assertThat(Version.load().dsl()).isEqualTo(DslVersion.CURRENT.toString()).isEqualTo("0.10.0");
    }

    @Test
    void describesLikeTheOriginal() {
        assertThat(new Version("1.2.3", "0.10.0").describe()).isEqualTo("ccp 1.2.3, dsl version 0.10.0");
    }
}
