package dev.fakecognito.server.internal.wire;

import java.util.Map;

/** Input of TagResource. */
public record TagResourceInput(String resourceArn, Map<String, String> tags) {}
