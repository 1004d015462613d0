package dev.fakecognito.server.wire;

import java.util.Map;

/** Output of ListTagsForResource. */
public record TagsResponse(Map<String, String> tags) {
}
