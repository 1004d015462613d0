package dev.fakecognito.server.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;

/** The shape of the credentials GetCredentialsForIdentity hands out (docs/reference/behaviour/roles-and-credentials.md#credential-format), under a fixed clock. */
class CredentialsFormatTest extends FakeServerTestBase {
    private static final Instant NOW = Instant.parse("2030-05-06T07:08:09Z");
    private static final String UNAUTH_ROLE = "arn:aws:iam::123456789012:role/Guest";

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder.clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private String newGuest() {
        String poolId = cognito.createIdentityPool(
                        b -> b.identityPoolName(uniqueName("creds")).allowUnauthenticatedIdentities(true))
                .identityPoolId();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("unauthenticated", UNAUTH_ROLE)));
        return cognito.getId(b -> b.identityPoolId(poolId)).identityId();
    }

    @Test
    void credentialsHaveTheFormatOfTemporaryAwsCredentials() {
        String identityId = newGuest();

        GetCredentialsForIdentityResponse response = cognito.getCredentialsForIdentity(b -> b.identityId(identityId));

        assertThat(response.identityId()).isEqualTo(identityId);
        Credentials credentials = response.credentials();
        assertThat(credentials.accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(credentials.secretKey()).hasSize(40);
        assertThat(credentials.sessionToken()).isNotBlank();
    }

    @Test
    void credentialsExpireOneHourAfterTheFakesClock() {
        String identityId = newGuest();

        Credentials credentials =
                cognito.getCredentialsForIdentity(b -> b.identityId(identityId)).credentials();

        assertThat(credentials.expiration()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void eachCallIssuesNewCredentials() {
        String identityId = newGuest();

        Credentials first =
                cognito.getCredentialsForIdentity(b -> b.identityId(identityId)).credentials();
        Credentials second =
                cognito.getCredentialsForIdentity(b -> b.identityId(identityId)).credentials();

        assertThat(second.accessKeyId()).isNotEqualTo(first.accessKeyId());
        assertThat(second.secretKey()).isNotEqualTo(first.secretKey());
        assertThat(second.sessionToken()).isNotEqualTo(first.sessionToken());
    }

    @Test
    void authenticatedCredentialsHaveTheSameFormat() {
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("creds"))
                        .allowUnauthenticatedIdentities(false)
                        .supportedLoginProviders(Map.of(TestProviders.FACEBOOK, TestProviders.FACEBOOK_APP_ID)))
                .identityPoolId();
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth")));
        Map<String, String> logins = Map.of(TestProviders.FACEBOOK, "fb-access-token-alice");
        String identityId =
                cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();

        GetCredentialsForIdentityResponse response =
                cognito.getCredentialsForIdentity(b -> b.identityId(identityId).logins(logins));

        assertThat(response.identityId()).isEqualTo(identityId);
        assertThat(response.credentials().accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(response.credentials().secretKey()).hasSize(40);
        assertThat(response.credentials().sessionToken()).isNotBlank();
        assertThat(response.credentials().expiration()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
}
