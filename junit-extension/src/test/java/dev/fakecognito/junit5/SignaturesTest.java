package dev.fakecognito.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/**
 * {@code requireSignatures} and {@code credentials}: injected clients sign with the configured credentials,
 * others are refused, and mistakes in the settings fail the class with the reason. The classes below run
 * only through {@link EngineTestKit} (surefire skips nested classes); {@code ContainerModeTest} runs the
 * same contract in a container.
 */
class SignaturesTest {
    static final String KEY = "AKIAEXTENSIONTEST";
    static final String SECRET = "extension/secret+0123456789abcdefghijklm";

    static EngineExecutionResults run(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(type))
                .execute();
    }

    /** The test body: the injected clients are accepted, a stranger's is not, and the journal says who signed. */
    abstract static class Contract {
        @Test
        void injectedClientsSignWithTheConfiguredCredentials(
                CognitoIdentityClient client, CognitoIdentityAsyncClient asyncClient, FakeAdmin fake) {
            String poolId = client.createIdentityPool(
                            b -> b.identityPoolName("Signed").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            asyncClient.describeIdentityPool(b -> b.identityPoolId(poolId)).join();

            assertThat(fake.requests().requests())
                    .extracting(RecordedRequest::accessKeyId, RecordedRequest::errorType)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(KEY, null));
        }

        @Test
        void otherCredentialsAreRefused(FakeAdmin fake, @InjectCognito URI endpoint) {
            try (CognitoIdentityClient stranger = CognitoIdentityClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.of(fake.region()))
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIASTRANGER", "secret")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .build()) {
                assertThatThrownBy(() -> stranger.listIdentityPools(b -> b.maxResults(5)))
                        .isInstanceOf(CognitoIdentityException.class)
                        .hasMessageStartingWith("The security token included in the request is invalid.");
            }
        }
    }

    @CognitoIdentityTest(
            requireSignatures = true,
            credentials = {KEY + ":" + SECRET, "AKIASECOND:second"})
    static class Annotated extends Contract {
        @Test
        void theFakeRequiresSignatures(FakeCognitoIdentity fake) {
            assertThat(fake.requiresSignatures()).isTrue();
            assertThat(fake.accessKeyId()).isEqualTo(KEY);
        }
    }

    static class Registered extends Contract {
        @RegisterExtension
        static CognitoIdentityExtension cognito = CognitoIdentityExtension.builder()
                .requireSignatures(true)
                .credentials(KEY, SECRET)
                .build();
    }

    @Test
    void theAnnotationAndTheBuilderConfigureSignatures() {
        run(Annotated.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));
        run(Registered.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @CognitoIdentityTest(requireSignatures = true)
    static class AnyKey {
        @Test
        void anyAccessKeyIsAccepted(CognitoIdentityClient client, FakeCognitoIdentity fake) {
            client.listIdentityPools(b -> b.maxResults(5));

            assertThat(fake.requests().requests().get(0).accessKeyId()).isEqualTo("test");
        }
    }

    @Test
    void withoutCredentialsInjectedClientsUseDummyOnes() {
        run(AnyKey.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @CognitoIdentityTest(credentials = KEY + ":" + SECRET)
    static class CredentialsWithoutSignatures {
        @Test
        void never() {}
    }

    @CognitoIdentityTest(requireSignatures = true, credentials = "no-colon-" + SECRET)
    static class MalformedCredentials {
        @Test
        void never() {}
    }

    @Test
    void mistakesFailTheClassWithTheReason() {
        run(CredentialsWithoutSignatures.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(CredentialsWithoutSignatures.class),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.contains("Invalid @CognitoIdentityTest on "
                                                        + CredentialsWithoutSignatures.class.getName())
                                                && m.contains("requireSignatures = true")))));
        run(MalformedCredentials.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(MalformedCredentials.class),
                                finishedWithFailure(message(
                                        m -> m.contains("ACCESS_KEY_ID:SECRET_ACCESS_KEY") && !m.contains(SECRET)))));
        assertThatThrownBy(() -> CognitoIdentityExtension.builder()
                        .credentials(KEY, SECRET)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("requireSignatures(true)");
        assertThatThrownBy(() -> CognitoIdentityExtension.builder().credentials(KEY, "two words"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
