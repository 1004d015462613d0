package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.admin.FakeClock;
import dev.fakecognito.tokens.Jwt;
import dev.fakecognito.tokens.LoginTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * The fake's clock as a test sets it ({@code freezeClock}, {@code advanceClock}, {@code /_fake/clock}):
 * every time-dependent answer follows it, seen through the SDK; a bad request to the endpoint names the
 * field and changes nothing.
 */
class ClockTest extends FakeServerTestBase {
    private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Clock";
    private static final String CLIENT_ID = "clock_client";
    private static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Auth";
    private static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/Guest";

    @AfterEach
    void realTime() {
        fake.useSystemClock();
    }

    private String pool() {
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("clock"))
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(p -> p.providerName(USER_POOL).clientId(CLIENT_ID)))
                .identityPoolId();
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of("authenticated", AUTH_ROLE, "unauthenticated", GUEST_ROLE)));
        return poolId;
    }

    @Test
    void credentialsExpireAnHourAfterTheFrozenTime() {
        String poolId = pool();
        fake.freezeClock(NEW_YEAR);
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        Credentials credentials =
                cognito.getCredentialsForIdentity(b -> b.identityId(identityId)).credentials();

        assertThat(credentials.expiration()).isEqualTo(NEW_YEAR.plus(Duration.ofHours(1)));
        assertThat(cognito.describeIdentity(b -> b.identityId(identityId)).creationDate())
                .isEqualTo(NEW_YEAR);
    }

    @Test
    void openIdTokensAreIssuedAtTheFrozenTimeAndMoveWithIt() {
        String poolId = pool();
        fake.freezeClock(NEW_YEAR);
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        fake.advanceClock(Duration.ofMinutes(30));

        Jwt token =
                Jwt.decode(cognito.getOpenIdToken(b -> b.identityId(identityId)).token());

        assertThat(token.issuedAt()).isEqualTo(NEW_YEAR.plus(Duration.ofMinutes(30)));
        assertThat(token.expiresAt()).isEqualTo(NEW_YEAR.plus(Duration.ofMinutes(40)));
    }

    @Test
    void aLoginTokenExpiresWhenTheClockPassesItsExpiry() {
        String poolId = pool();
        fake.freezeClock(NEW_YEAR);
        String idToken = LoginTokens.at(Clock.fixed(NEW_YEAR, ZoneOffset.UTC))
                .userPoolIdToken(USER_POOL, CLIENT_ID)
                .expiresIn(Duration.ofMinutes(10))
                .build();
        Map<String, String> logins = Map.of(USER_POOL, idToken);
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId())
                .startsWith("us-east-1:");

        fake.advanceClock(Duration.ofHours(2));

        assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(poolId).logins(logins)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Invalid login token. Token expired");
    }

    @Test
    void theJournalDatesCallsWithTheFrozenTime() {
        fake.freezeClock(NEW_YEAR);

        cognito.listIdentityPools(b -> b.maxResults(1));

        assertThat(fake.requests().requests())
                .last()
                .satisfies(request -> assertThat(request.receivedAt()).isEqualTo(NEW_YEAR));
    }

    @Test
    void signedCallsAreDatedAgainstTheFakesClock() {
        try (FakeCognitoIdentity strict =
                        FakeCognitoIdentity.builder().requireSignatures(true).start();
                CognitoIdentityClient client = client(strict)) {
            assertThat(client.listIdentityPools(b -> b.maxResults(1)).identityPools())
                    .isEmpty();

            strict.advanceClock(Duration.ofHours(1)); // the SDK signs with the real time: an hour ago

            assertThatThrownBy(() -> client.listIdentityPools(b -> b.maxResults(1)))
                    .hasMessageContaining("Signature expired");
        }
    }

    @Test
    void theEndpointReadsAndChangesTheClock() throws Exception {
        HttpResponse<String> frozen = post("{\"now\": \"2026-01-01T00:00:00Z\"}");
        HttpResponse<String> moved = post("{\"advance\": \"PT2H\"}");
        HttpResponse<String> read = send(HttpRequest.newBuilder(clockUri()).GET());
        HttpResponse<String> released = post("{\"system\": true}");

        assertThat(frozen.statusCode()).isEqualTo(200);
        assertThat(frozen.body()).isEqualTo("{\"now\":\"2026-01-01T00:00:00Z\",\"frozen\":true}");
        assertThat(moved.body()).isEqualTo("{\"now\":\"2026-01-01T02:00:00Z\",\"frozen\":true}");
        assertThat(read.body()).isEqualTo(moved.body());
        assertThat(released.body()).contains("\"frozen\":false");
        assertThat(fake.clock().frozen()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"now\": \"tomorrow\"}|now|\"tomorrow\" is not an ISO-8601 instant such as \"2026-01-01T00:00:00Z\"",
                "{\"now\": 1767225600}|now|1767225600 is not an ISO-8601 instant such as \"2026-01-01T00:00:00Z\"",
                "{\"advance\": \"2h\"}|advance|\"2h\" is not an ISO-8601 duration such as \"PT2H\" or \"-PT30M\"",
                "{\"system\": false}|system|only true is meaningful (the clock then runs on real time), got false",
                "{\"nwo\": \"2026-01-01T00:00:00Z\"}|nwo|unknown field 'nwo'; did you mean 'now'?",
                "{\"now\": \"2026-01-01T00:00:00Z\", \"advance\": \"PT1H\"}||give exactly one of now, advance or system, got [now, advance]",
                "{}||give exactly one of now, advance or system, got none",
                "[1]||the body is a JSON object with one of now, advance or system, e.g. {\"now\": \"2026-01-01T00:00:00Z\"}",
            })
    void aBadBodyIsRefusedNamingTheFieldAndChangesNothing(String body, String field, String problem) throws Exception {
        fake.freezeClock(NEW_YEAR);

        HttpResponse<String> refused = post(body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidClockException:");
        assertThat(refused.body())
                .contains("\"field\":\"" + (field == null ? "" : field) + "\"")
                .contains("\"problem\":" + new ObjectMapper().writeValueAsString(problem));
        assertThat(fake.clock()).isEqualTo(new FakeClock(NEW_YEAR, true));
    }

    private URI clockUri() {
        return fake.endpoint().resolve("/_fake/clock");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send(HttpRequest.newBuilder(clockUri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(request.header("X-Fake-Cognito-Admin", "true").build(), HttpResponse.BodyHandlers.ofString());
    }
}
