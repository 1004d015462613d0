package dev.fakecognito.junit5;

import static dev.fakecognito.junit5.ResetBeforeEachTest.poolNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@code PER_CLASS} instances, parameterized and repeated tests: each invocation is a test of its own. */
@CognitoIdentityTest(fixtures = "cognito/world.yaml")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleVariantsTest {
    private final FakeCognitoIdentity constructed;
    private FakeCognitoIdentity beforeAll;

    LifecycleVariantsTest(FakeCognitoIdentity fake) {
        this.constructed = fake;
    }

    @BeforeAll
    void instanceBeforeAllGetsTheFake(FakeCognitoIdentity fake) {
        this.beforeAll = fake;
    }

    @ParameterizedTest
    @ValueSource(strings = {"First", "Second", "Third"})
    void eachInvocationStartsFromTheFixtures(String name, CognitoIdentityClient client, FakeCognitoIdentity fake) {
        client.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(true));

        assertThat(poolNames(client)).containsExactly("MobileApp", name);
        assertThat(fake).isSameAs(constructed).isSameAs(beforeAll);
    }

    @RepeatedTest(3)
    void eachRepetitionStartsFromTheFixtures(CognitoIdentityClient client) {
        client.createIdentityPool(b -> b.identityPoolName("Repeated").allowUnauthenticatedIdentities(true));

        assertThat(poolNames(client)).containsExactly("MobileApp", "Repeated");
    }
}
