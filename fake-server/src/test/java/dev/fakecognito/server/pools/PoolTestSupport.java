package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;

/** Helpers shared by the identity-pool tests: pool creation, error inspection, ARNs and raw JSON. */
abstract class PoolTestSupport extends FakeServerTestBase {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String POOL_ID_PATTERN =
            "[a-z]{2}(-[a-z]+)+-\\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** A well-formed pool id no fake ever hands out. */
    static final String UNKNOWN_POOL_ID = "us-east-1:00000000-0000-0000-0000-000000000000";

    /** A new pool with a unique name, guests allowed, nothing else configured. */
    String newPool() {
        return newPool(b -> {});
    }

    /** A new pool with a unique name, guests allowed, further configured by {@code extra}. */
    String newPool(Consumer<CreateIdentityPoolRequest.Builder> extra) {
        return newPool(cognito, extra);
    }

    static String newPool(CognitoIdentityClient client, Consumer<CreateIdentityPoolRequest.Builder> extra) {
        CreateIdentityPoolResponse created = client.createIdentityPool(b -> {
            b.identityPoolName(uniqueName("pool")).allowUnauthenticatedIdentities(true);
            extra.accept(b);
        });
        return created.identityPoolId();
    }

    /** The ARN of a pool of this fake. */
    String arn(String poolId) {
        return arn(fake, poolId);
    }

    static String arn(FakeCognitoIdentity fake, String poolId) {
        return "arn:aws:cognito-identity:" + fake.region() + ":" + fake.accountId() + ":identitypool/" + poolId;
    }

    /** The service error a call fails with (fails the test when the call succeeds). */
    static CognitoIdentityException serviceError(ThrowingCallable call) {
        CognitoIdentityException e = catchThrowableOfType(CognitoIdentityException.class, call);
        assertThat(e).as("expected the call to fail with a service error").isNotNull();
        return e;
    }

    /** Asserts a call fails with this error code and exactly this message; returns the error. */
    static CognitoIdentityException assertError(ThrowingCallable call, String code, String message) {
        CognitoIdentityException e = serviceError(call);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        assertThat(e.statusCode()).isEqualTo(400);
        return e;
    }

    /** Asserts a call fails with this error code (any message); returns the error. */
    static CognitoIdentityException assertErrorCode(ThrowingCallable call, String code) {
        CognitoIdentityException e = serviceError(call);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.statusCode()).isEqualTo(400);
        return e;
    }

    /** Asserts a call fails with this error code and returns its message. */
    static String errorMessage(ThrowingCallable call, String code) {
        return assertErrorCode(call, code).awsErrorDetails().errorMessage();
    }

    /** A raw call that must succeed, its body parsed. */
    JsonNode rawOk(String operation, String body) throws Exception {
        HttpResponse<String> response = rawCall(operation, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Single quotes to double quotes, for readable JSON literals in tests. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
