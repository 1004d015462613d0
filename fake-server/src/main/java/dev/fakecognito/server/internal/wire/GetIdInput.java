package dev.fakecognito.server.internal.wire;

import java.util.Map;

/** Input of GetId. */
public record GetIdInput(String accountId, String identityPoolId, Map<String, String> logins) {}
