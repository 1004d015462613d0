package dev.fakecognito.server.wire;


/** Input of ListTagsForResource. */
public record ResourceArnInput(String resourceArn) {
}
