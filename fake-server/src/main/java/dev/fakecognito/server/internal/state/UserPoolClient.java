package dev.fakecognito.server.internal.state;

/**
 * A Cognito user pool app client configured on an identity pool.
 *
 * @param providerName         {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
 * @param clientId             the app client id
 * @param serverSideTokenCheck whether the real service would ask the user pool about sign-outs
 */
public record UserPoolClient(String providerName, String clientId, boolean serverSideTokenCheck) {}
