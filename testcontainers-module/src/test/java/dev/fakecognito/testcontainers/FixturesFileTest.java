package dev.fakecognito.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;

/** A container started with a fixture file, read back through the AWS SDK and {@code snapshot()}. */
@ContainerTest
class FixturesFileTest {
    private static final String POOL_ID = "eu-west-1:11111111-2222-3333-4444-555555555555";

    // snippet:start container
    @Container
    static CognitoIdentityContainer cognito = new CognitoIdentityContainer()
            .withFixtures(MountableFile.forClasspathResource("cognito/world.yaml"))
            .withRegion("eu-west-1")
            .withAccountId("111122223333");
    // snippet:end

    static {
        // a second document, built in code: documents add up, seeded in order
        cognito.withFixtures(Fixtures.of(World.builder()
                .pool(World.IdentityPool.builder().name("Second").build())
                .build()));
    }

    static CognitoIdentityClient client;

    @BeforeAll
    static void client() {
        client = Clients.cognitoIdentity(cognito);
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void seededLoginGetsItsSeededIdentityThroughTheSdk() {
        String identityId = client.getId(b -> b.identityPoolId(POOL_ID).logins(Map.of("graph.facebook.com", "alice")))
                .identityId();

        assertThat(identityId).isEqualTo("eu-west-1:aaaaaaaa-0000-0000-0000-000000000001");
    }

    @Test
    void seededPoolIsDescribedWithItsConfigurationAndAccount() {
        DescribeIdentityPoolResponse pool = client.describeIdentityPool(b -> b.identityPoolId(POOL_ID));

        assertThat(pool.identityPoolName()).isEqualTo("MobileApp");
        assertThat(pool.allowUnauthenticatedIdentities()).isTrue();
        assertThat(pool.supportedLoginProviders()).containsEntry("graph.facebook.com", "1234567890");
        assertThat(client.listTagsForResource(b -> b.resourceArn(
                                "arn:aws:cognito-identity:eu-west-1:111122223333:identitypool/" + POOL_ID))
                        .tags())
                .containsEntry("env", "test");
    }

    @Test
    void stateIsTheSeededWorld() {
        World world = cognito.snapshot();

        World.IdentityPool pool = world.pool("MobileApp");
        assertThat(pool.id()).isEqualTo(POOL_ID);
        assertThat(pool.roles()).containsEntry("authenticated", "arn:aws:iam::111122223333:role/MobileApp-Auth");
        assertThat(pool.identity("eu-west-1:aaaaaaaa-0000-0000-0000-000000000001")
                        .logins())
                .containsEntry("graph.facebook.com", "alice");
        assertThat(world.identityCount()).isEqualTo(2);
        assertThat(world.identityPools()).extracting(World.IdentityPool::name).containsExactly("MobileApp", "Second");
    }

    @Test
    void credentialsForClientsAreTheSameFromTheContainerAndOverHttp() {
        FakeAdmin overHttp = FakeAdminClient.connect(cognito.endpoint());

        assertThat(cognito.accessKeyId()).isEqualTo("test");
        assertThat(overHttp.accessKeyId()).isEqualTo(cognito.accessKeyId());
        assertThat(overHttp.secretAccessKey()).isEqualTo(cognito.secretAccessKey());
    }

    @Test
    void gettersSayWhatTheFakeInsideRunsWith() throws Exception {
        URI endpoint = cognito.endpoint();
        assertThat(endpoint.getScheme()).isEqualTo("http");
        assertThat(endpoint.getPort()).isEqualTo(cognito.getMappedPort(CognitoIdentityContainer.PORT));
        assertThat(cognito.region()).isEqualTo("eu-west-1");
        assertThat(cognito.accountId()).isEqualTo("111122223333");

        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(endpoint.resolve("/_fake/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.body())
                .contains("\"region\":\"eu-west-1\"", "\"accountId\":\"111122223333\"", "\"identityPools\":2");
    }
}
