package dev.fakecognito.server.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/** {@code requireSignatures(true)} and {@code credentials(...)} as SDK users meet them. */
class RequireSignaturesTest {
    private static final String KEY = "AKIASERVICEROLE01";
    private static final String SECRET = "service-role-secret-0123456789abcdefghij";

    private static CognitoIdentityClient client(
            FakeCognitoIdentity fake, Region region, AwsCredentialsProvider credentials, int attempts) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(
                        c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(attempts)))
                .build();
    }

    private static CognitoIdentityClient client(FakeCognitoIdentity fake, String key, String secret) {
        return client(
                fake,
                Region.of(fake.region()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)),
                1);
    }

    private static String errorCode(Throwable e) {
        return ((CognitoIdentityException) e).awsErrorDetails().errorCode();
    }

    @Test
    void aClientWithKnownCredentialsWorksAndOthersAreRefused() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder()
                        .requireSignatures(true)
                        .credentials(KEY, SECRET)
                        .start();
                CognitoIdentityClient service = client(fake, KEY, SECRET);
                CognitoIdentityClient wrongSecret = client(fake, KEY, "not-" + SECRET);
                CognitoIdentityClient stranger = client(fake, "AKIASTRANGER00001", SECRET)) {
            String poolId = service.createIdentityPool(
                            b -> b.identityPoolName("Signed").allowUnauthenticatedIdentities(true))
                    .identityPoolId();

            assertThat(service.describeIdentityPool(b -> b.identityPoolId(poolId))
                            .identityPoolName())
                    .isEqualTo("Signed");
            assertThatThrownBy(() -> wrongSecret.describeIdentityPool(b -> b.identityPoolId(poolId)))
                    .isInstanceOf(CognitoIdentityException.class)
                    .satisfies(e -> assertThat(errorCode(e)).isEqualTo("InvalidSignatureException"))
                    .satisfies(e -> assertThat(((CognitoIdentityException) e).statusCode())
                            .isEqualTo(400))
                    .hasMessageStartingWith("The request signature we calculated does not match");
            assertThatThrownBy(() -> stranger.listIdentityPools(b -> b.maxResults(10)))
                    .isInstanceOf(CognitoIdentityException.class)
                    .satisfies(e -> assertThat(errorCode(e)).isEqualTo("UnrecognizedClientException"))
                    .hasMessageStartingWith("The security token included in the request is invalid.");
            assertThat(fake.requests().requests())
                    .extracting(RecordedRequest::operation, RecordedRequest::accessKeyId, RecordedRequest::errorType)
                    .containsExactly(
                            tuple("CreateIdentityPool", KEY, null),
                            tuple("DescribeIdentityPool", KEY, null),
                            tuple("DescribeIdentityPool", KEY, "InvalidSignatureException"),
                            tuple("ListIdentityPools", "AKIASTRANGER00001", "UnrecognizedClientException"));
        }
    }

    @Test
    void anonymousClientsGetIdentitiesButCannotManagePools() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder()
                        .requireSignatures(true)
                        .credentials(KEY, SECRET)
                        .start();
                CognitoIdentityClient service = client(fake, KEY, SECRET);
                CognitoIdentityClient anonymous =
                        client(fake, Region.of(fake.region()), AnonymousCredentialsProvider.create(), 1)) {
            String poolId = service.createIdentityPool(
                            b -> b.identityPoolName("Guests").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            service.setIdentityPoolRoles(b ->
                    b.identityPoolId(poolId).roles(Map.of("unauthenticated", "arn:aws:iam::123456789012:role/Guest")));

            String identityId = anonymous.getId(b -> b.identityPoolId(poolId)).identityId();
            assertThat(anonymous
                            .getCredentialsForIdentity(b -> b.identityId(identityId))
                            .credentials()
                            .accessKeyId())
                    .isNotEmpty();
            assertThat(anonymous.getOpenIdToken(b -> b.identityId(identityId)).token())
                    .isNotEmpty();
            assertThatThrownBy(() -> anonymous.describeIdentityPool(b -> b.identityPoolId(poolId)))
                    .satisfies(e -> assertThat(errorCode(e)).isEqualTo("MissingAuthenticationTokenException"))
                    .hasMessageStartingWith("Missing Authentication Token");
            assertThat(fake.requests().forOperation("GetId"))
                    .extracting(RecordedRequest::signed, RecordedRequest::accessKeyId)
                    .containsExactly(tuple(false, null));
        }
    }

    @Test
    void withoutCredentialsAnyKeyWorksButScopeAndDateAreChecked() {
        MutableClock clock = new MutableClock(Instant.now());
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder()
                        .clock(clock)
                        .requireSignatures(true)
                        .start();
                CognitoIdentityClient anyKey = client(fake, "whatever", "whatever-secret");
                CognitoIdentityClient ireland = client(
                        fake,
                        Region.EU_WEST_1,
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("whatever", "whatever-secret")),
                        1);
                CognitoIdentityClient nowhere = client(
                        fake,
                        Region.of("nowhere"),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("whatever", "whatever-secret")),
                        1)) {
            assertThat(anyKey.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .isEmpty();
            // any region name selects that region
            assertThat(ireland.createIdentityPool(
                                    b -> b.identityPoolName("Ireland").allowUnauthenticatedIdentities(true))
                            .identityPoolId())
                    .startsWith("eu-west-1:");
            assertThat(anyKey.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .isEmpty();
            assertThatThrownBy(() -> nowhere.listIdentityPools(b -> b.maxResults(10)))
                    .satisfies(e -> assertThat(errorCode(e)).isEqualTo("InvalidSignatureException"))
                    .hasMessageStartingWith("Credential should be scoped to a valid region, not 'nowhere'.");

            clock.advance(Duration.ofMinutes(16));
            assertThatThrownBy(() -> anyKey.listIdentityPools(b -> b.maxResults(10)))
                    .satisfies(e -> assertThat(errorCode(e)).isEqualTo("InvalidSignatureException"))
                    .hasMessageStartingWith("Signature expired: ");
        }
    }

    @Test
    void aFakeClockFarFromNowRefusesEvenARetryingClientAndLeavesTheSdkClockAlone() {
        // The fake's Date header is real time, not its clock: were it the clock, the SDK would "correct" a
        // skew it sees in a Date header for every client of the JVM (SdkGlobalTime), other tests' included.
        MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofHours(2)));
        try (FakeCognitoIdentity skewed = FakeCognitoIdentity.builder()
                        .clock(clock)
                        .requireSignatures(true)
                        .credentials(KEY, SECRET)
                        .start();
                FakeCognitoIdentity onTime = FakeCognitoIdentity.builder()
                        .requireSignatures(true)
                        .credentials(KEY, SECRET)
                        .start();
                CognitoIdentityClient retrying = client(
                        skewed,
                        Region.of(skewed.region()),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)),
                        3);
                CognitoIdentityClient later = client(onTime, KEY, SECRET)) {
            assertThatThrownBy(() -> retrying.listIdentityPools(b -> b.maxResults(10)))
                    .satisfies(e -> assertThat(errorCode(e)).isEqualTo("InvalidSignatureException"))
                    .hasMessageStartingWith("Signature expired: ");

            assertThat(skewed.requests().requests())
                    .allSatisfy(request -> assertThat(request.errorMessage()).startsWith("Signature expired: "));
            assertThat(later.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .isEmpty();
        }
    }

    @Test
    void withoutRequiredSignaturesTheJournalStillSaysWhoSigned() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient signed = client(fake, "AKIAANYONE0000001", "any");
                CognitoIdentityClient anonymous =
                        client(fake, Region.of(fake.region()), AnonymousCredentialsProvider.create(), 1)) {
            String poolId = signed.createIdentityPool(
                            b -> b.identityPoolName("Open").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            anonymous.getId(b -> b.identityPoolId(poolId));
            anonymous.describeIdentityPool(b -> b.identityPoolId(poolId));

            assertThat(fake.requiresSignatures()).isFalse();
            assertThat(fake.requests().requests())
                    .extracting(RecordedRequest::operation, RecordedRequest::signed, RecordedRequest::accessKeyId)
                    .containsExactly(
                            tuple("CreateIdentityPool", true, "AKIAANYONE0000001"),
                            tuple("GetId", false, null),
                            tuple("DescribeIdentityPool", false, null));
        }
    }

    @Test
    void theFakeSaysWhichCredentialsClientsShouldUse() {
        FakeCognitoIdentity open = FakeCognitoIdentity.builder().build();
        FakeCognitoIdentity strict = FakeCognitoIdentity.builder()
                .requireSignatures(true)
                .credentials(KEY, SECRET)
                .credentials("AKIASECOND0000001", "second")
                .build();

        assertThat(open.accessKeyId()).isEqualTo("test");
        assertThat(open.secretAccessKey()).isEqualTo("test");
        assertThat(strict.requiresSignatures()).isTrue();
        assertThat(strict.accessKeyId()).isEqualTo(KEY);
        assertThat(strict.secretAccessKey()).isEqualTo(SECRET);
    }

    @Test
    void credentialsWithoutRequiredSignaturesAreAMistake() {
        assertThatThrownBy(() ->
                        FakeCognitoIdentity.builder().credentials(KEY, SECRET).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("requireSignatures(true)")
                .hasMessageContaining("--require-signatures")
                .hasMessageContaining("FAKE_COGNITO_REQUIRE_SIGNATURES=true");
    }

    @Test
    void malformedCredentialsAreRefusedWithoutShowingTheSecret() {
        FakeCognitoIdentity.Builder builder = FakeCognitoIdentity.builder();

        assertThatThrownBy(() -> builder.credentials("", SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("access key id");
        assertThatThrownBy(() -> builder.credentials("AKIA/SLASH", SECRET))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.credentials(KEY, "has space"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(KEY)
                .hasMessageNotContaining("has space");
        builder.credentials(KEY, SECRET).credentials(KEY, SECRET); // the same pair twice is harmless
        assertThatThrownBy(() -> builder.credentials(KEY, "other"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given twice");
    }
}
