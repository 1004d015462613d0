/**
 * Internal: AWS Signature Version 4 as the fake checks it when signatures are required: the canonical
 * request, the signing key and the order of the checks with the real service's errors. Uses the JDK's
 * HMAC only. Not part of the public API.
 */
package dev.fakecognito.server.internal.signing;
