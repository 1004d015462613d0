package dev.fakecognito.server.internal.wire;

import java.util.Map;

/** Output of ListTagsForResource. */
public record TagsResponse(Map<String, String> tags) {}
