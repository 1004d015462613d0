package dev.fakecognito.junit5;

import static dev.fakecognito.junit5.ResetBeforeEachTest.poolNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The programmatic form in an instance field: a fake of its own for every test, even without resets
 * between tests (the fake the last test finished with, reset: the same endpoint, none of its state).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstanceFieldExtensionTest {
    /** Endpoints seen by the tests of this class (test bookkeeping, not extension state). */
    private static final Set<URI> ENDPOINTS = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
            .fixtures("cognito/world.yaml")
            .resetBeforeEach(false)
            .build();

    @InjectCognito
    FakeCognitoIdentity fieldFake;

    @Test
    @Order(1)
    void firstTestAddsAPool(CognitoIdentityClient client, @InjectCognito URI endpoint) {
        ENDPOINTS.add(endpoint);
        client.createIdentityPool(b -> b.identityPoolName("Leftover").allowUnauthenticatedIdentities(true));
    }

    @Test
    @Order(2)
    void secondTestHasAFakeOfItsOwnWithOnlyTheFixtures(CognitoIdentityClient client, FakeCognitoIdentity fake) {
        assertThat(ENDPOINTS).as("the first test's fake, reused").containsExactly(fake.endpoint());
        assertThat(poolNames(client)).containsExactly("MobileApp");
        assertThat(fieldFake).isSameAs(fake);
    }
}
