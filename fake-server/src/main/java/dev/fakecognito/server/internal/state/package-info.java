/**
 * Internal: the in-memory state of one fake (pools, identities, logins, merges) and the rules that
 * change it atomically. Depends only on {@code errors} (and the model's copying helpers). Not part of
 * the public API.
 */
package dev.fakecognito.server.internal.state;
