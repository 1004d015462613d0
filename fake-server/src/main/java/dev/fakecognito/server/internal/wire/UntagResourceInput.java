package dev.fakecognito.server.internal.wire;

import java.util.List;

/** Input of UntagResource. */
public record UntagResourceInput(String resourceArn, List<String> tagKeys) {}
