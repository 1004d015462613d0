package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** Two containers at once: separate endpoints, regions and state. */
@ContainerTest
class SideBySideTest {
    @Container
    static CognitoIdentityContainer sydney = new CognitoIdentityContainer().withRegion("ap-southeast-2");

    @Container
    static CognitoIdentityContainer frankfurt = new CognitoIdentityContainer().withRegion("eu-central-1");

    static CognitoIdentityClient sydneyClient;
    static CognitoIdentityClient frankfurtClient;

    @BeforeAll
    static void clients() {
        sydneyClient = Clients.cognitoIdentity(sydney);
        frankfurtClient = Clients.cognitoIdentity(frankfurt);
    }

    @AfterAll
    static void closeClients() {
        sydneyClient.close();
        frankfurtClient.close();
    }

    @Test
    void eachContainerHasItsOwnEndpoint() {
        assertThat(sydney.endpoint()).isNotEqualTo(frankfurt.endpoint());
    }

    @Test
    void poolCreatedInOneIsAbsentFromTheOther() {
        String poolId = sydneyClient
                .createIdentityPool(b -> b.identityPoolName("OnlyInSydney").allowUnauthenticatedIdentities(true))
                .identityPoolId();

        assertThat(poolId).startsWith("ap-southeast-2:");
        assertThat(sydney.snapshot().pool("OnlyInSydney")).isNotNull();
        assertThat(frankfurt.snapshot().pool("OnlyInSydney")).isNull();
        assertThat(frankfurtClient.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .noneMatch(pool -> pool.identityPoolName().equals("OnlyInSydney"));
    }

    @Test
    void resetOfOneLeavesTheOther() {
        String poolId = frankfurtClient
                .createIdentityPool(b -> b.identityPoolName("Kept").allowUnauthenticatedIdentities(true))
                .identityPoolId();

        sydney.reset();

        assertThat(poolId).startsWith("eu-central-1:");
        assertThat(frankfurt.snapshot().pool("Kept")).isNotNull();
    }
}
