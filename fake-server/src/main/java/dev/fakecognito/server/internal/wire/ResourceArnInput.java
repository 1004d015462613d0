package dev.fakecognito.server.internal.wire;

/** Input of ListTagsForResource. */
public record ResourceArnInput(String resourceArn) {}
