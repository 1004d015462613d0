package dev.fakecognito.server.internal.wire;

import java.util.Map;

/** Input of GetOpenIdToken. */
public record GetOpenIdTokenInput(String identityId, Map<String, String> logins) {}
