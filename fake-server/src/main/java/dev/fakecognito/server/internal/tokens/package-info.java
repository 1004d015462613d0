/**
 * Internal: tokens and credentials. Signs and verifies the OpenID tokens the fake hands out (docs/reference/behaviour/openid-tokens.md#openid-tokens),
 * serves their keys (JWKS and discovery document), decodes the login tokens clients put in the
 * {@code Logins} map (docs/reference/behaviour/login-tokens.md#login-tokens) and generates temporary AWS credentials (docs/reference/behaviour/roles-and-credentials.md#credentials).
 *
 * <p>All JWT and JWK work is done with Nimbus JOSE+JWT. Time always comes from an injected
 * {@link java.time.Clock}; randomness from a {@link java.security.SecureRandom} owned by each object.
 * Not part of the public API.
 */
package dev.fakecognito.server.internal.tokens;
