package dev.fakecognito.samples;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/**
 * Sign-in for employees of a company whose SAML 2.0 identity provider (AD FS, Okta, Entra ID, ...) vouches
 * for them: the app receives the provider's base64 SAML response and trades it for AWS credentials in the
 * identity pool's enhanced flow (GetId, then GetCredentialsForIdentity; identity pools refuse SAML logins
 * in the basic flow). The pool needs no roles of its own: the identity provider grants each employee one
 * or more roles in the assertion's {@code https://aws.amazon.com/SAML/Attributes/Role} attribute, and an
 * employee who holds several chooses one.
 */
public final class CorporateSignIn {
    private final CognitoIdentityClient cognito;
    private final String identityPoolId;
    private final String samlProviderArn;

    /**
     * @param cognito         the Cognito Identity client
     * @param identityPoolId  the identity pool
     * @param samlProviderArn the IAM SAML provider of the company's identity provider, as configured on the
     *                        pool ({@code arn:aws:iam::<account>:saml-provider/<name>})
     */
    public CorporateSignIn(CognitoIdentityClient cognito, String identityPoolId, String samlProviderArn) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
        this.samlProviderArn = Objects.requireNonNull(samlProviderArn, "samlProviderArn");
    }

    /**
     * Credentials of the one role the identity provider grants the employee.
     *
     * @param samlResponse the identity provider's SAML response, base64 as it was posted
     * @return the credentials
     */
    public Credentials credentialsFor(String samlResponse) {
        return credentialsFor(samlResponse, null);
    }

    /**
     * Credentials of the role the employee chose among those the identity provider grants them.
     *
     * @param samlResponse the identity provider's SAML response, base64 as it was posted
     * @param roleArn      the chosen role; {@code null} when the response grants a single role
     * @return the credentials
     */
    public Credentials credentialsFor(String samlResponse, String roleArn) {
        Map<String, String> logins = Map.of(samlProviderArn, samlResponse);
        String identityId = cognito.getId(b -> b.identityPoolId(identityPoolId).logins(logins))
                .identityId();
        return cognito.getCredentialsForIdentity(
                        b -> b.identityId(identityId).logins(logins).customRoleArn(roleArn))
                .credentials();
    }
}
