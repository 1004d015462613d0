package dev.fakecognito.server.internal.wire;

/** The empty JSON object {@code {}} that TagResource and UntagResource answer. */
public record EmptyResponse() {}
