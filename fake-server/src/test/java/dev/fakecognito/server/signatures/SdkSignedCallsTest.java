package dev.fakecognito.server.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import dev.fakecognito.server.internal.validation.ServiceModel;
import dev.fakecognito.server.signatures.SignedCalls.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signatures made by the AWS SDK for Java v2's own signer verify in the fake: every one of the 23
 * operations, signed (the four the SDKs send unsigned too), and requests with unusual parts.
 */
class SdkSignedCallsTest extends FakeServerTestBase {
    static final String KEY = "AKIASIGNEDCALLS01";
    static final String SECRET = "signed/Calls+Secret0123456789abcdefghijk";
    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    static final String SCRATCH_POOL = "us-east-1:22222222-2222-3333-4444-555555555555";
    static final String ALICE = "us-east-1:aaaaaaaa-0000-0000-0000-000000000001";
    static final String BOB = "us-east-1:aaaaaaaa-0000-0000-0000-000000000002";
    static final String GUEST = "us-east-1:aaaaaaaa-0000-0000-0000-000000000003";
    static final String ARN = "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + POOL;
    static final String WORLD = """
            identityPools:
              - name: Signed
                id: %s
                allowUnauthenticatedIdentities: true
                supportedLoginProviders: { graph.facebook.com: "1" }
                developerProviderName: login.dev
                roles: { authenticated: "arn:aws:iam::123456789012:role/A", unauthenticated: "arn:aws:iam::123456789012:role/U" }
                principalTags: { graph.facebook.com: { useDefaults: true } }
                identities:
                  - id: %s
                    logins: { graph.facebook.com: fb-alice }
                    developerUserIdentifiers: [ alice, alice2 ]
                  - id: %s
                    developerUserIdentifiers: [ bob ]
                  - id: %s
              - name: Scratch
                id: %s
                allowUnauthenticatedIdentities: false
            """.formatted(POOL, ALICE, BOB, GUEST, SCRATCH_POOL);

    /** A valid body for each operation, for the world above. */
    static final Map<String, String> BODIES = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "CreateIdentityPool", "{\"IdentityPoolName\":\"Created\",\"AllowUnauthenticatedIdentities\":true}"),
            Map.entry("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + POOL + "\"}"),
            Map.entry(
                    "UpdateIdentityPool",
                    "{\"IdentityPoolId\":\"" + POOL + "\",\"IdentityPoolName\":\"Signed\","
                            + "\"AllowUnauthenticatedIdentities\":true,\"SupportedLoginProviders\":"
                            + "{\"graph.facebook.com\":\"1\"},\"DeveloperProviderName\":\"login.dev\"}"),
            Map.entry("DeleteIdentityPool", "{\"IdentityPoolId\":\"" + SCRATCH_POOL + "\"}"),
            Map.entry("ListIdentityPools", "{\"MaxResults\":10}"),
            Map.entry(
                    "SetIdentityPoolRoles",
                    "{\"IdentityPoolId\":\"" + POOL + "\",\"Roles\":{\"authenticated\":"
                            + "\"arn:aws:iam::123456789012:role/A\"}}"),
            Map.entry("GetIdentityPoolRoles", "{\"IdentityPoolId\":\"" + POOL + "\"}"),
            Map.entry("TagResource", "{\"ResourceArn\":\"" + ARN + "\",\"Tags\":{\"team\":\"signing\"}}"),
            Map.entry("UntagResource", "{\"ResourceArn\":\"" + ARN + "\",\"TagKeys\":[\"team\"]}"),
            Map.entry("ListTagsForResource", "{\"ResourceArn\":\"" + ARN + "\"}"),
            Map.entry(
                    "SetPrincipalTagAttributeMap",
                    "{\"IdentityPoolId\":\"" + POOL + "\",\"IdentityProviderName\":\"graph.facebook.com\","
                            + "\"UseDefaults\":true}"),
            Map.entry(
                    "GetPrincipalTagAttributeMap",
                    "{\"IdentityPoolId\":\"" + POOL + "\",\"IdentityProviderName\":\"graph.facebook.com\"}"),
            Map.entry("GetId", "{\"IdentityPoolId\":\"" + POOL + "\"}"),
            Map.entry(
                    "GetCredentialsForIdentity",
                    "{\"IdentityId\":\"" + ALICE + "\",\"Logins\":{\"graph.facebook.com\":\"fb-alice\"}}"),
            Map.entry(
                    "GetOpenIdToken",
                    "{\"IdentityId\":\"" + ALICE + "\",\"Logins\":{\"graph.facebook.com\":\"fb-alice\"}}"),
            Map.entry(
                    "UnlinkIdentity",
                    "{\"IdentityId\":\"" + ALICE + "\",\"Logins\":{\"graph.facebook.com\":\"fb-alice\"},"
                            + "\"LoginsToRemove\":[\"graph.facebook.com\"]}"),
            Map.entry(
                    "GetOpenIdTokenForDeveloperIdentity",
                    "{\"IdentityPoolId\":\"" + POOL + "\",\"Logins\":{\"login.dev\":\"carol\"}}"),
            Map.entry("DescribeIdentity", "{\"IdentityId\":\"" + ALICE + "\"}"),
            Map.entry("ListIdentities", "{\"IdentityPoolId\":\"" + POOL + "\",\"MaxResults\":10}"),
            Map.entry("DeleteIdentities", "{\"IdentityIdsToDelete\":[\"" + GUEST + "\"]}"),
            Map.entry(
                    "LookupDeveloperIdentity",
                    "{\"IdentityPoolId\":\"" + POOL + "\",\"DeveloperUserIdentifier\":\"alice\"}"),
            Map.entry(
                    "MergeDeveloperIdentities",
                    "{\"SourceUserIdentifier\":\"bob\",\"DestinationUserIdentifier\":\"alice\","
                            + "\"DeveloperProviderName\":\"login.dev\",\"IdentityPoolId\":\"" + POOL + "\"}"),
            Map.entry(
                    "UnlinkDeveloperIdentity",
                    "{\"IdentityId\":\"" + ALICE + "\",\"IdentityPoolId\":\"" + POOL + "\","
                            + "\"DeveloperProviderName\":\"login.dev\",\"DeveloperUserIdentifier\":\"alice2\"}")));

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return builder.requireSignatures(true).credentials(KEY, SECRET);
    }

    @BeforeEach
    void freshWorld() {
        fake.reset();
        fake.seed(Fixtures.fromString(WORLD));
    }

    static Stream<String> operations() {
        return BODIES.keySet().stream();
    }

    private Answer signedCall(
            String operation, String body, AwsCredentialsIdentity credentials, SdkHttpRequest.Builder request) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest signed = SignedCalls.sign(request.build(), bytes, credentials, fake.region(), Clock.systemUTC());
        return SignedCalls.send(fake.endpoint(), signed, bytes);
    }

    private Answer signedCall(String operation, String body) {
        return signedCall(
                operation,
                body,
                AwsCredentialsIdentity.create(KEY, SECRET),
                SignedCalls.call(fake.endpoint(), operation));
    }

    private RecordedRequest lastRequest() {
        List<RecordedRequest> requests = fake.requests().requests();
        return requests.get(requests.size() - 1);
    }

    @Test
    void theBodiesCoverEveryOperationOfTheModel() {
        assertThat(BODIES.keySet()).hasSize(23).isEqualTo(ServiceModel.bundled().operationNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyOperationSignedByTheSdkVerifies(String operation) {
        Answer answer = signedCall(operation, BODIES.get(operation));

        assertThat(answer.status())
                .as("%s answered %s", operation, answer.body())
                .isEqualTo(200);
        assertThat(lastRequest())
                .returns(operation, RecordedRequest::operation)
                .returns(true, RecordedRequest::signed)
                .returns(KEY, RecordedRequest::accessKeyId)
                .returns(200, RecordedRequest::statusCode);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyOperationSignedWithAnotherSecretIsRefused(String operation) {
        Answer answer = signedCall(
                operation,
                BODIES.get(operation),
                AwsCredentialsIdentity.create(KEY, "not-the-secret"),
                SignedCalls.call(fake.endpoint(), operation));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException:");
        assertThat(lastRequest().errorType()).isEqualTo("InvalidSignatureException");
    }

    static Stream<Arguments> unusualRequests() {
        String describe = "{\"IdentityPoolId\":\"" + POOL + "\"}";
        return Stream.of(
                Arguments.of(
                        "unicode in the body",
                        "DescribeIdentityPool",
                        "{\"IdentityPoolId\":\"" + POOL + "\",\"Note\":\"Gr\u00fc\u00dfe \u65e5\u672c \ud83d\ude80\"}",
                        Map.of(),
                        "",
                        ""),
                Arguments.of(
                        "Content-Type with a charset",
                        "DescribeIdentityPool",
                        describe,
                        Map.of("Content-Type", List.of("application/x-amz-json-1.1; charset=UTF-8")),
                        "",
                        ""),
                Arguments.of(
                        "extra signed headers, repeated and with inner spaces",
                        "DescribeIdentityPool",
                        describe,
                        Map.of("X-Trace-Note", List.of("  two   words  "), "X-Repeated", List.of("b", "a", "b")),
                        "",
                        ""),
                Arguments.of(
                        "a path with an encoded space and a query",
                        "DescribeIdentityPool",
                        describe,
                        Map.of(),
                        "/base%20path/./api/",
                        "b=%E1%88%B4&a=1&a=0&empty"),
                Arguments.of(
                        "a long body",
                        "TagResource",
                        "{\"ResourceArn\":\"" + ARN + "\",\"Tags\":{\"k\":\"" + "v".repeat(256) + "\"}}",
                        Map.of(),
                        "",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualRequests")
    void unusualRequestsVerify(
            String name, String operation, String body, Map<String, List<String>> headers, String path, String query) {
        SdkHttpRequest.Builder request = SignedCalls.call(fake.endpoint(), operation);
        headers.forEach(request::putHeader);
        if (!path.isEmpty()) {
            request.encodedPath(path);
        }
        for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] nameValue = parameter.split("=", 2);
            request.appendRawQueryParameter(
                    java.net.URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length == 1 ? null : java.net.URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }

        Answer answer = signedCall(operation, body, AwsCredentialsIdentity.create(KEY, SECRET), request);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(lastRequest().accessKeyId()).isEqualTo(KEY);
    }

    @Test
    void anEmptyBodyIsSignedAndVerifiedLikeAnyOther() {
        Answer answer = signedCall("ListIdentityPools", "");

        // The signature passes; the missing MaxResults is what is refused.
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("x-amzn-ErrorType")).isEqualTo("ValidationException:");
        assertThat(lastRequest().signed()).isTrue();
    }

    @Test
    void sessionCredentialsSignTheirToken() {
        Answer answer = signedCall(
                "DescribeIdentityPool",
                "{\"IdentityPoolId\":\"" + POOL + "\"}",
                AwsSessionCredentialsIdentity.create(KEY, SECRET, "session-token-of-the-role"),
                SignedCalls.call(fake.endpoint(), "DescribeIdentityPool"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void theUnsignedOperationsComeFromTheModel() {
        assertThat(ServiceModel.bundled().unsignedOperations())
                .isEqualTo(Set.of("GetId", "GetCredentialsForIdentity", "GetOpenIdToken", "UnlinkIdentity"));
    }
}
