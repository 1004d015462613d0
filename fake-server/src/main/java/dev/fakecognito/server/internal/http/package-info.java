/**
 * Internal: the wire protocol (awsJson1_1 over HTTP with Undertow, JSON with Jackson, AWS-shaped
 * errors, CORS) and the HTTP endpoints beside the API (the {@code /_fake} admin endpoints, served
 * through the model's {@code FakeAdmin} contract, and the {@code /.well-known} ones). Depends on
 * operations, validation, journal, tokens, state and errors, and on the model; nothing depends on it
 * but the server. Not part of the public API.
 */
package dev.fakecognito.server.internal.http;
