/**
 * Internal: the errors the fake answers with. Every other package may throw these; the protocol
 * layer renders them. Not part of the public API.
 */
package dev.fakecognito.server.internal.errors;
