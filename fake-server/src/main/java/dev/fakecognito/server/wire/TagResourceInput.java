package dev.fakecognito.server.wire;

import java.util.Map;

/** Input of TagResource. */
public record TagResourceInput(String resourceArn, Map<String, String> tags) {
}
