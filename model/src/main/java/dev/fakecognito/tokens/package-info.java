/**
 * Reading tokens in tests with nothing but the JDK: {@link dev.fakecognito.tokens.Jwt} decodes a
 * compact JWS and checks its RSA signature against a {@link dev.fakecognito.tokens.Jwks} key set.
 */
package dev.fakecognito.tokens;
