/**
 * Internal: the wire protocol (awsJson1_1 over HTTP with Undertow, JSON with Jackson, AWS-shaped
 * errors, CORS) and the HTTP endpoints beside the API. Depends on operations, validation, tokens and
 * state; nothing depends on it but the server. Not part of the public API.
 */
package dev.fakecognito.server.internal.http;
