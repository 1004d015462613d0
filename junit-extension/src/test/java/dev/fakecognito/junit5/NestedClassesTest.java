package dev.fakecognito.junit5;

import static dev.fakecognito.junit5.ResetBeforeEachTest.poolNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@code @Nested} classes share their outer class's fake, fixtures and resets. */
@CognitoIdentityTest(fixtures = "cognito/world.yaml")
class NestedClassesTest {
    @InjectCognito
    FakeCognitoIdentity outerFake;

    @Test
    void outerTestChangesTheWorld(CognitoIdentityClient client) {
        client.createIdentityPool(b -> b.identityPoolName("Outer").allowUnauthenticatedIdentities(true));

        assertThat(poolNames(client)).containsExactly("MobileApp", "Outer");
        assertThat(outerFake.snapshot().pool("Outer")).isNotNull();
    }

    @Nested
    class Inner {
        @Test
        void usesTheOuterFake(FakeCognitoIdentity fake) {
            assertThat(fake).isSameAs(outerFake);
        }

        @Test
        void startsFromTheOuterFixtures(CognitoIdentityClient client) {
            assertThat(poolNames(client)).containsExactly("MobileApp");
        }

        @Nested
        class Deeper {
            @Test
            void stillUsesTheOuterFake(FakeCognitoIdentity fake) {
                assertThat(fake).isSameAs(outerFake);
            }
        }
    }
}
