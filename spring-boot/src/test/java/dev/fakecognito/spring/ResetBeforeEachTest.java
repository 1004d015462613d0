package dev.fakecognito.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Each test starts from the fixtures alone, whatever the tests before it (of this class, or of another
 * class on the same cached context, such as {@link KeepStateTest}) left behind.
 */
@SpringBootTest
@AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml")
class ResetBeforeEachTest {

    @Autowired
    CognitoIdentityClient client;

    @Autowired
    FakeCognitoIdentity fake;

    @RepeatedTest(3)
    void startsFromTheFixturesAlone() {
        assertThat(poolNames(fake)).containsExactly("MobileApp");
        assertThat(fake.requests().requests()).isEmpty();

        client.createIdentityPool(b -> b.identityPoolName("Scratch").allowUnauthenticatedIdentities(true));

        assertThat(poolNames(fake)).containsExactly("MobileApp", "Scratch");
    }

    @Nested
    class InANestedClass {
        @Autowired
        FakeCognitoIdentity nestedFake;

        @RepeatedTest(2)
        void sharesTheFakeAndItsReset() {
            assertThat(nestedFake).isSameAs(fake);
            assertThat(poolNames(fake)).containsExactly("MobileApp");

            client.createIdentityPool(b -> b.identityPoolName("Nested").allowUnauthenticatedIdentities(true));
        }
    }

    static List<String> poolNames(FakeCognitoIdentity fake) {
        return fake.snapshot().identityPools().stream()
                .map(World.IdentityPool::name)
                .toList();
    }
}
