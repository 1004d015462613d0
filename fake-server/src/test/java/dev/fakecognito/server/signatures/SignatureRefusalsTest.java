package dev.fakecognito.server.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import dev.fakecognito.server.MutableClock;
import dev.fakecognito.server.signatures.SignedCalls.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Each way the fake refuses a signature, over raw HTTP: the real service's error code, status and message,
 * both error headers, and the refusal in the journal.
 */
class SignatureRefusalsTest extends FakeServerTestBase {
    private static final String KEY = "AKIAREFUSALS00001";
    private static final String SECRET = "refusals-secret-0123456789abcdefghijklmn";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String POOL = "us-east-1:33333333-2222-3333-4444-555555555555";
    private static final String DESCRIBE = "{\"IdentityPoolId\":\"" + POOL + "\"}";
    private static final String AMZ_DATE = "20260301T120000Z";
    private static final String CREDENTIAL = KEY + "/20260301/us-east-1/cognito-identity/aws4_request";
    private static final String MISMATCH = "The request signature we calculated does not match the signature you "
            + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for "
            + "details.";

    private final MutableClock clock = new MutableClock(NOW);

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder.clock(clock).requireSignatures(true).credentials(KEY, SECRET);
    }

    @BeforeEach
    void aPool() {
        clock.set(NOW);
        fake.reset();
        fake.seed(
                Fixtures.fromString(
                        "identityPools: [ {name: Refusals, id: '" + POOL
                                + "', allowUnauthenticatedIdentities: true, roles: {unauthenticated: 'arn:aws:iam::123456789012:role/U'}} ]"));
    }

    /** DescribeIdentityPool with these headers (and the awsJson ones), not signed by anyone. */
    private Answer describeWith(String... headers) {
        SdkHttpRequest.Builder request = SignedCalls.call(fake.endpoint(), "DescribeIdentityPool");
        for (int i = 0; i < headers.length; i += 2) {
            request.appendHeader(headers[i], headers[i + 1]);
        }
        byte[] body = DESCRIBE.getBytes(StandardCharsets.UTF_8);
        return SignedCalls.send(fake.endpoint(), request.build(), body);
    }

    /** A call signed by the SDK's signer. */
    private Answer sdkSigned(
            String operation, String body, String key, String secret, String region, Instant signedAt) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest signed = SignedCalls.sign(
                SignedCalls.call(fake.endpoint(), operation).build(),
                bytes,
                AwsCredentialsIdentity.create(key, secret),
                region,
                Clock.fixed(signedAt, ZoneOffset.UTC));
        return SignedCalls.send(fake.endpoint(), signed, bytes);
    }

    private Answer sdkSigned(String body) {
        return sdkSigned("DescribeIdentityPool", body, KEY, SECRET, "us-east-1", NOW);
    }

    /** Asserts the refusal on the wire and in the journal; returns the journal entry. */
    private RecordedRequest assertRefused(Answer answer, String type, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(answer.body()).isEqualTo("{\"__type\":\"" + type + "\",\"message\":" + quoted(message) + "}");
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo(type + ":");
        assertThat(answer.header("x-amzn-ErrorMessage")).isEqualTo(message.strip());
        List<RecordedRequest> requests = fake.requests().requests();
        RecordedRequest recorded = requests.get(requests.size() - 1);
        assertThat(recorded)
                .returns("DescribeIdentityPool", RecordedRequest::operation)
                .returns(400, RecordedRequest::statusCode)
                .returns(type, RecordedRequest::errorType)
                .returns(message, RecordedRequest::errorMessage);
        return recorded;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void noSignatureIsAMissingAuthenticationToken() {
        RecordedRequest recorded =
                assertRefused(describeWith(), "MissingAuthenticationTokenException", "Missing Authentication Token");

        assertThat(recorded.signed()).isFalse();
        assertThat(recorded.accessKeyId()).isNull();
    }

    @Test
    void anotherKindOfAuthorizationIsNoSignatureEither() {
        assertRefused(
                describeWith("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."),
                "MissingAuthenticationTokenException",
                "Missing Authentication Token");
    }

    @Test
    void aQueryStringSignatureAloneIsNotAccepted() {
        SdkHttpRequest request = SignedCalls.call(fake.endpoint(), "DescribeIdentityPool")
                .appendRawQueryParameter("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
                .build();

        assertRefused(
                SignedCalls.send(fake.endpoint(), request, DESCRIBE.getBytes(StandardCharsets.UTF_8)),
                "MissingAuthenticationTokenException",
                "Missing Authentication Token");
    }

    @Test
    void aHeaderAndAQueryStringSignatureTogether() {
        byte[] body = DESCRIBE.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest signed = SignedCalls.sign(
                SignedCalls.call(fake.endpoint(), "DescribeIdentityPool")
                        .appendRawQueryParameter("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
                        .build(),
                body,
                AwsCredentialsIdentity.create(KEY, SECRET),
                "us-east-1",
                Clock.fixed(NOW, ZoneOffset.UTC));

        RecordedRequest recorded = assertRefused(
                SignedCalls.send(fake.endpoint(), signed, body),
                "InvalidSignatureException",
                "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
        assertThat(recorded.signed()).isTrue();
        assertThat(recorded.accessKeyId()).isEqualTo(KEY);
    }

    @Test
    void aPartWithoutEqualSign() {
        String header = "AWS4-HMAC-SHA256 Credential= " + CREDENTIAL + ", SignedHeaders=host;x-amz-date, Signature=ab";

        assertRefused(
                describeWith("X-Amz-Date", AMZ_DATE, "Authorization", header),
                "IncompleteSignatureException",
                "'" + CREDENTIAL + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                        + header + "'.");
    }

    @Test
    void everyMissingPartIsNamed() {
        RecordedRequest recorded = assertRefused(
                describeWith("Authorization", "AWS4-"),
                "IncompleteSignatureException",
                "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' "
                        + "parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header "
                        + "requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-");
        assertThat(recorded.signed()).isTrue();
        assertThat(recorded.accessKeyId()).isNull();
    }

    @Test
    void onlyTheMissingPartsAreNamed() {
        String header = "AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host;x-amz-date";

        assertRefused(
                describeWith("X-Amz-Date", AMZ_DATE, "Authorization", header),
                "IncompleteSignatureException",
                "Authorization header requires 'Signature' parameter. Authorization=" + header);
    }

    @Test
    void anotherAlgorithm() {
        assertRefused(
                describeWith(
                        "X-Amz-Date",
                        AMZ_DATE,
                        "Authorization",
                        "AWS4-HMAC-SHA512 Credential=" + CREDENTIAL + ", SignedHeaders=host;x-amz-date, Signature=ab"),
                "IncompleteSignatureException",
                "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). ");
    }

    @Test
    void aCredentialOfFourParts() {
        assertRefused(
                describeWith(
                        "X-Amz-Date",
                        AMZ_DATE,
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=a/b/c/d, SignedHeaders=host;x-amz-date, Signature=ab"),
                "IncompleteSignatureException",
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, "
                        + "got 'a/b/c/d'");
    }

    @Test
    void aDateNotInBasicFormat() {
        assertRefused(
                describeWith(
                        "X-Amz-Date",
                        "2026-03-01T12:00:00Z",
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=host;x-amz-date, Signature=ab"),
                "IncompleteSignatureException",
                "Date must be in ISO-8601 'basic format'. Got '2026-03-01T12:00:00Z'. See "
                        + "http://en.wikipedia.org/wiki/ISO_8601");
    }

    @Test
    void aScopeWhoseRegionIsNoRegionName() {
        assertRefused(
                sdkSigned("DescribeIdentityPool", DESCRIBE, KEY, SECRET, "nowhere", NOW),
                "InvalidSignatureException",
                "Credential should be scoped to a valid region, not 'nowhere'. ");
    }

    @Test
    void aSignatureForAnotherRegionIsAcceptedAndSeesThatRegionsPools() {
        Answer answer = sdkSigned("DescribeIdentityPool", DESCRIBE, KEY, SECRET, "eu-west-1", NOW);

        // the pool is a us-east-1 one: from eu-west-1 it is not found, as from a real regional endpoint
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("ResourceNotFoundException:");
        assertThat(fake.requests()
                        .requests()
                        .get(fake.requests().requests().size() - 1)
                        .region())
                .isEqualTo("eu-west-1");
    }

    @Test
    void everyWrongPieceOfTheScopeIsNamed() {
        assertRefused(
                describeWith(
                        "X-Amz-Date",
                        AMZ_DATE,
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=" + KEY + "/20260228/nowhere/cognito-idp/aws4_requests, "
                                + "SignedHeaders=host;x-amz-date, Signature=ab"),
                "InvalidSignatureException",
                "Credential should be scoped to a valid region, not 'nowhere'. Credential should be scoped to "
                        + "correct service: 'cognito-identity'. Credential should be scoped with a valid terminator: "
                        + "'aws4_request', not 'aws4_requests'. Date in Credential scope does not match YYYYMMDD from "
                        + "ISO-8601 version of date from HTTP: '20260228' != '20260301', from '20260301T120000Z'. ");
    }

    @Test
    void aSignatureOlderThanFifteenMinutesHasExpired() {
        assertRefused(
                sdkSigned("DescribeIdentityPool", DESCRIBE, KEY, SECRET, "us-east-1", NOW.minusSeconds(15 * 60 + 1)),
                "InvalidSignatureException",
                "Signature expired: 20260301T114459Z is now earlier than 20260301T114500Z "
                        + "(20260301T120000Z - 15 min.)");
    }

    @Test
    void aSignatureMoreThanFifteenMinutesAheadIsNotYetCurrent() {
        assertRefused(
                sdkSigned("DescribeIdentityPool", DESCRIBE, KEY, SECRET, "us-east-1", NOW.plusSeconds(15 * 60 + 1)),
                "InvalidSignatureException",
                "Signature not yet current: 20260301T121501Z is still later than 20260301T121500Z "
                        + "(20260301T120000Z + 15 min.)");
    }

    @Test
    void fifteenMinutesEitherWayIsStillOnTime() {
        for (Instant signedAt : List.of(NOW.minus(Duration.ofMinutes(15)), NOW.plus(Duration.ofMinutes(15)))) {
            Answer answer = sdkSigned("DescribeIdentityPool", DESCRIBE, KEY, SECRET, "us-east-1", signedAt);

            assertThat(answer.status())
                    .as("signed at %s: %s", signedAt, answer.body())
                    .isEqualTo(200);
        }
    }

    @Test
    void theWindowFollowsTheFakesClock() {
        clock.set(NOW.plus(Duration.ofHours(1)));

        assertRefused(
                sdkSigned(DESCRIBE),
                "InvalidSignatureException",
                "Signature expired: 20260301T120000Z is now earlier than 20260301T124500Z "
                        + "(20260301T130000Z - 15 min.)");
        assertThat(sdkSigned("DescribeIdentityPool", DESCRIBE, KEY, SECRET, "us-east-1", clock.instant())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void hostMustBeSigned() {
        assertRefused(
                describeWith(
                        "X-Amz-Date",
                        AMZ_DATE,
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=" + CREDENTIAL + ", SignedHeaders=x-amz-date, Signature=ab"),
                "InvalidSignatureException",
                "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }

    @Test
    void anUnknownAccessKeyIsUnrecognized() {
        RecordedRequest recorded = assertRefused(
                sdkSigned("DescribeIdentityPool", DESCRIBE, "AKIAUNKNOWN000000", SECRET, "us-east-1", NOW),
                "UnrecognizedClientException",
                "The security token included in the request is invalid.");

        assertThat(recorded.accessKeyId()).isEqualTo("AKIAUNKNOWN000000");
    }

    @Test
    void aWrongSecretDoesNotVerify() {
        assertRefused(
                sdkSigned("DescribeIdentityPool", DESCRIBE, KEY, "another-secret", "us-east-1", NOW),
                "InvalidSignatureException",
                MISMATCH);
    }

    @Test
    void aBodyChangedAfterSigningDoesNotVerify() {
        byte[] signedBody = DESCRIBE.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest signed = SignedCalls.sign(
                SignedCalls.call(fake.endpoint(), "DescribeIdentityPool").build(),
                signedBody,
                AwsCredentialsIdentity.create(KEY, SECRET),
                "us-east-1",
                Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] sent =
                DESCRIBE.replace("\"IdentityPoolId\"", "\"IdentityPoolID\"").getBytes(StandardCharsets.UTF_8);

        assertRefused(SignedCalls.send(fake.endpoint(), signed, sent), "InvalidSignatureException", MISMATCH);
    }

    @Test
    void aContentHashHeaderMustBeTheHashOfTheBody() {
        String other = "{\"IdentityPoolId\":\"us-east-1:00000000-0000-0000-0000-000000000000\"}";
        byte[] signedBody = other.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest signed = SignedCalls.sign(
                SignedCalls.call(fake.endpoint(), "DescribeIdentityPool")
                        .putHeader("x-amz-content-sha256", sha256(signedBody))
                        .build(),
                signedBody,
                AwsCredentialsIdentity.create(KEY, SECRET),
                "us-east-1",
                Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] sent = DESCRIBE.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest resized = signed.toBuilder()
                .putHeader("Content-Length", String.valueOf(sent.length))
                .build();

        assertRefused(SignedCalls.send(fake.endpoint(), resized, sent), "InvalidSignatureException", MISMATCH);
    }

    @Test
    void theUnsignedOperationsPassUnsignedButAreCheckedWhenSigned() {
        String getId = "{\"IdentityPoolId\":\"" + POOL + "\"}";
        byte[] body = getId.getBytes(StandardCharsets.UTF_8);

        Answer unsigned = SignedCalls.send(
                fake.endpoint(), SignedCalls.call(fake.endpoint(), "GetId").build(), body);
        Answer badlySigned = sdkSigned("GetId", getId, KEY, "another-secret", "us-east-1", NOW);
        Answer otherRegion = sdkSigned("GetId", getId, KEY, SECRET, "nowhere", NOW);

        assertThat(unsigned.status()).as(unsigned.body()).isEqualTo(200);
        assertThat(badlySigned.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException:");
        assertThat(otherRegion.header("x-amzn-ErrorMessage"))
                .isEqualTo("Credential should be scoped to a valid region, not 'nowhere'.");
        assertThat(fake.requests().forOperation("GetId"))
                .extracting(RecordedRequest::signed, RecordedRequest::errorType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(false, null),
                        org.assertj.core.groups.Tuple.tuple(true, "InvalidSignatureException"),
                        org.assertj.core.groups.Tuple.tuple(true, "InvalidSignatureException"));
    }

    @Test
    void aMalformedBodyIsASerializationErrorBeforeAnySignatureCheck() {
        SdkHttpRequest request =
                SignedCalls.call(fake.endpoint(), "DescribeIdentityPool").build();

        Answer answer = SignedCalls.send(fake.endpoint(), request, "{not json".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("SerializationException:");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
