package dev.fakecognito.server.wire;

import java.util.List;

/** Input of UntagResource. */
public record UntagResourceInput(String resourceArn, List<String> tagKeys) {
}
