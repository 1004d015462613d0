package dev.fakecognito.server.internal.wire;

import java.util.Map;

/** Input of GetCredentialsForIdentity. */
public record GetCredentialsForIdentityInput(String identityId, Map<String, String> logins, String customRoleArn) {}
