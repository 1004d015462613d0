package dev.fakecognito.server.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalUserPoolsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost:9229/local_abc",
                "LOCALHOST:9229/local_abc",
                "auth.localhost:9229/local_abc",
                "127.0.0.1:9229/local_abc",
                "127.1.2.3:1/p",
                "[::1]:9229/local_abc",
                "localhost:9229/tenant/local_abc"
            })
    void loopbackHostsWithAPortAndAPathAreEmulators(String name) {
        assertThat(LocalUserPools.isLocalUserPool(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc",
                "localhost/local_abc",
                "localhost:9229",
                "localhost:9229/",
                "localhost.example.com:9229/local_abc",
                "evil.com/localhost:9229/local_abc",
                "10.0.0.1:9229/local_abc",
                "http://localhost:9229/local_abc",
                "localhost:9229/local abc",
                ""
            })
    void otherNamesAreNot(String name) {
        assertThat(LocalUserPools.isLocalUserPool(name)).isFalse();
    }
}
