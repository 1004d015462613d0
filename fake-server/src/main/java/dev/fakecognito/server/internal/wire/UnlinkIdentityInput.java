package dev.fakecognito.server.internal.wire;

import java.util.List;
import java.util.Map;

/** Input of UnlinkIdentity. */
public record UnlinkIdentityInput(String identityId, Map<String, String> logins, List<String> loginsToRemove) {}
