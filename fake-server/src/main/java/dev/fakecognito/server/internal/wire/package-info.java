/**
 * Internal: the JSON shapes clients send and receive, as records whose components are the model's
 * member names in lower camel case (the protocol layer's mapper writes them in upper camel case).
 * Kept apart from the stored state in {@code dev.fakecognito.server.internal.state}: a member a call
 * leaves out is {@code null} here, which operations must tell from an empty one; the state holds only
 * checked values with defaults applied. Not part of the public API.
 */
package dev.fakecognito.server.internal.wire;
