package com.example.moduleuser;

import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The application code under test: a guest of an identity pool gets an identity id. */
public final class GuestSignIn {
    private final CognitoIdentityClient cognito;
    private final String identityPoolId;

    /**
     * @param cognito        the client to call
     * @param identityPoolId the pool whose guest to sign in
     */
    public GuestSignIn(CognitoIdentityClient cognito, String identityPoolId) {
        this.cognito = cognito;
        this.identityPoolId = identityPoolId;
    }

    /** @return the guest's identity id (GetId without logins) */
    public String signIn() {
        return cognito.getId(b -> b.identityPoolId(identityPoolId)).identityId();
    }
}
