/**
 * Tokens in tests with nothing but the JDK. {@link dev.fakecognito.tokens.LoginTokens} mints the login
 * tokens of every identity provider (user pools, Google, Apple, OIDC, Facebook, Login with Amazon,
 * Twitter, SAML) in the shapes a fake accepts; {@link dev.fakecognito.tokens.Jwt} decodes a compact JWS,
 * such as the fake's OpenID tokens, and checks its RSA signature against a
 * {@link dev.fakecognito.tokens.Jwks} key set.
 */
package dev.fakecognito.tokens;
