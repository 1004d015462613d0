/**
 * Internal: the JSON shapes clients send and receive, as records whose components are the model's
 * member names in lower camel case (the protocol layer's mapper writes them in upper camel case).
 * Kept apart from the stored state in {@code dev.fakecognito.server.internal.state}. Not part of the public API.
 */
package dev.fakecognito.server.internal.wire;
