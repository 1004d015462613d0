package dev.fakecognito.server.internal.wire;

import java.time.Instant;

/** Temporary AWS credentials; note {@code SecretKey}, not STS's {@code SecretAccessKey}. */
public record Credentials(String accessKeyId, String secretKey, String sessionToken, Instant expiration) {}
