package dev.fakecognito.server.wire;


/** The empty JSON object {@code {}} that TagResource and UntagResource answer. */
public record EmptyResponse() {
}
