package dev.fakecognito.server.identities;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.FakeServerTestBase;
import dev.fakecognito.tokens.LoginTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;

/** Pools, login tokens and error assertions shared by the identity tests. */
abstract class IdentityTestSupport extends FakeServerTestBase {
    static final String FACEBOOK = "graph.facebook.com";
    static final String GOOGLE = "accounts.google.com";
    static final String AMAZON = "www.amazon.com";
    static final String TWITTER = "api.twitter.com";
    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";
    static final String CLIENT_ID = "client1abc";
    static final String OTHER_CLIENT_ID = "client2abc";
    static final String GOOGLE_APP = "google-app-id";
    static final String APPLE = "appleid.apple.com";
    static final String APPLE_APP = "com.example.app";
    static final String OIDC = "login.example.com/tenant";
    static final String OIDC_ARN = "arn:aws:iam::123456789012:oidc-provider/" + OIDC;
    static final String SAML_ARN = "arn:aws:iam::123456789012:saml-provider/Corp";
    static final String DEVELOPER = "login.example.app";
    static final String COGNITO = "cognito-identity.amazonaws.com";
    static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Authenticated";
    static final String UNAUTH_ROLE = "arn:aws:iam::123456789012:role/Unauthenticated";

    static final String UNSUPPORTED_PROVIDER = "Token is not from a supported provider of this identity pool.";
    static final String LOGINS_DONT_MATCH =
            "Logins don't match. Please include at least one valid login for this identity or identity pool.";
    static final String DEVELOPER_NOT_SUPPORTED =
            "This identity pool does not support the specified developer provider";

    /**
     * A pool with guests allowed, Facebook, Google, Amazon, Twitter, Apple, a user pool with two clients, an
     * OIDC provider, a SAML provider, the developer provider and both roles.
     */
    String newPool() {
        return newPool(b -> {});
    }

    /** The standard pool, adjusted by {@code customizer} before creation. */
    String newPool(Consumer<CreateIdentityPoolRequest.Builder> customizer) {
        String poolId = cognito.createIdentityPool(b -> {
                    b.identityPoolName(uniqueName("identities"))
                            .allowUnauthenticatedIdentities(true)
                            .supportedLoginProviders(Map.of(
                                    FACEBOOK,
                                    "fb-app-id",
                                    GOOGLE,
                                    GOOGLE_APP,
                                    AMAZON,
                                    "amzn-app-id",
                                    TWITTER,
                                    "key;secret",
                                    APPLE,
                                    APPLE_APP))
                            .openIdConnectProviderARNs(OIDC_ARN)
                            .samlProviderARNs(SAML_ARN)
                            .cognitoIdentityProviders(
                                    CognitoIdentityProvider.builder()
                                            .providerName(USER_POOL)
                                            .clientId(CLIENT_ID)
                                            .build(),
                                    CognitoIdentityProvider.builder()
                                            .providerName(USER_POOL)
                                            .clientId(OTHER_CLIENT_ID)
                                            .build())
                            .developerProviderName(DEVELOPER);
                    customizer.accept(b);
                })
                .identityPoolId();
        cognito.setIdentityPoolRoles(b ->
                b.identityPoolId(poolId).roles(Map.of("authenticated", AUTH_ROLE, "unauthenticated", UNAUTH_ROLE)));
        return poolId;
    }

    // ------------------------------------------------------------------ tokens

    /** Login tokens issued by the system clock, which these tests' fakes run on. */
    static final LoginTokens TOKENS = LoginTokens.create();

    /** A Facebook login is an opaque token; the user key is the token string. */
    static String facebookUser() {
        return "fb-" + UUID.randomUUID();
    }

    /** A user pool ID token for {@code sub} and {@link #CLIENT_ID}, valid for an hour. */
    static String userPoolToken(String sub) {
        return userPoolIdToken(sub).build();
    }

    /** A user pool ID token being built, for {@code sub} and {@link #CLIENT_ID}. */
    static LoginTokens.JwtToken userPoolIdToken(String sub) {
        return TOKENS.userPoolIdToken(USER_POOL, CLIENT_ID).subject(sub);
    }

    /** A Google ID token for {@code sub} and {@link #GOOGLE_APP}, valid for an hour. */
    static String googleToken(String sub) {
        return TOKENS.google(GOOGLE_APP).subject(sub).build();
    }

    // ------------------------------------------------------------------ calls

    String getId(String poolId, Map<String, String> logins) {
        return cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
    }

    String guest(String poolId) {
        return cognito.getId(b -> b.identityPoolId(poolId)).identityId();
    }

    String developerToken(String poolId, String developerUserId) {
        return cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, developerUserId)))
                .token();
    }

    String developerIdentity(String poolId, String developerUserId) {
        return cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, developerUserId)))
                .identityId();
    }

    IdentityDescription describe(String identityId) {
        var response = cognito.describeIdentity(b -> b.identityId(identityId));
        return IdentityDescription.builder()
                .identityId(response.identityId())
                .logins(response.logins())
                .creationDate(response.creationDate())
                .lastModifiedDate(response.lastModifiedDate())
                .build();
    }

    List<String> loginsOf(String identityId) {
        return cognito.describeIdentity(b -> b.identityId(identityId)).logins();
    }

    /** Every identity of the pool, following NextToken with pages of 60. */
    List<IdentityDescription> listAll(String poolId, boolean hideDisabled) {
        List<IdentityDescription> all = new ArrayList<>();
        String next = null;
        do {
            String token = next;
            var page = cognito.listIdentities(b -> b.identityPoolId(poolId)
                    .maxResults(60)
                    .hideDisabled(hideDisabled)
                    .nextToken(token));
            all.addAll(page.identities());
            next = page.nextToken();
        } while (next != null);
        return all;
    }

    List<String> listIds(String poolId, boolean hideDisabled) {
        return listAll(poolId, hideDisabled).stream()
                .map(IdentityDescription::identityId)
                .toList();
    }

    // ------------------------------------------------------------------ errors

    /** Asserts the call fails with this SDK exception type, error code and exact message. */
    static void assertError(ThrowingCallable call, Class<? extends CognitoIdentityException> type, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(type)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                                ((CognitoIdentityException) e).awsErrorDetails().errorMessage())
                        .isEqualTo(message));
    }

    /** Asserts the call fails with this SDK exception type and returns its message. */
    static String errorMessage(ThrowingCallable call, Class<? extends CognitoIdentityException> type) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        org.assertj.core.api.Assertions.assertThat(thrown).isInstanceOf(type);
        return ((CognitoIdentityException) thrown).awsErrorDetails().errorMessage();
    }

    /** The error code of an unmodeled exception (e.g. ValidationException). */
    static String errorCode(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        org.assertj.core.api.Assertions.assertThat(thrown).isInstanceOf(CognitoIdentityException.class);
        return ((CognitoIdentityException) thrown).awsErrorDetails().errorCode();
    }
}
