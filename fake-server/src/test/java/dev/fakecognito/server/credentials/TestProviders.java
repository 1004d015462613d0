package dev.fakecognito.server.credentials;

import dev.fakecognito.tokens.LoginTokens;

/**
 * The identity providers the credentials tests configure on their pools, and the login tokens for them
 * (minted by the toolkit's {@link LoginTokens}; the fake does not verify IdP signatures,
 * docs/reference/behaviour/login-tokens.md#idp-signatures-are-not-checked-by-default).
 */
final class TestProviders {
    static final String USER_POOL_PROVIDER = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";
    static final String USER_POOL_CLIENT = "client1";
    /** The role mapping key of the user pool app client: {@code <ProviderName>:<ClientId>}. */
    static final String USER_POOL_MAPPING_KEY = USER_POOL_PROVIDER + ":" + USER_POOL_CLIENT;

    static final String FACEBOOK = "graph.facebook.com";
    static final String FACEBOOK_APP_ID = "fb-app-1";

    /** Tokens issued by the system clock, which these tests' fakes run on. */
    static final LoginTokens TOKENS = LoginTokens.create();

    private TestProviders() {}

    /** A user pool ID token of {@link #USER_POOL_CLIENT} for {@code sub}, valid for an hour, still to be built. */
    static LoginTokens.JwtToken userPoolIdToken(String sub) {
        return TOKENS.userPoolIdToken(USER_POOL_PROVIDER, USER_POOL_CLIENT).subject(sub);
    }
}
