package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.tokens.LoginTokens;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * The tests of {@link CorporateSignIn}, for any fake: {@link CorporateSignInTest} runs them on the
 * in-process fake, {@link CorporateSignInContainerTest} on the fake in its container. The fake must be
 * seeded with {@value #FIXTURES} before each test.
 */
abstract class CorporateSignInContract {
    static final String FIXTURES = "cognito/corporate-sso.yaml";
    static final String POOL = "us-east-1:33333333-4444-5555-6666-777777777777";
    static final String CORP_IDP = "arn:aws:iam::123456789012:saml-provider/CorpIdP";
    static final String ENGINEER_ROLE = "arn:aws:iam::123456789012:role/Engineer";
    static final String ON_CALL_ROLE = "arn:aws:iam::123456789012:role/OnCall";
    static final String ADMIN_ROLE = "arn:aws:iam::123456789012:role/Admin";

    /** SAML responses of the company's identity provider. */
    private static final LoginTokens TOKENS = LoginTokens.create();

    protected final CognitoIdentityClient cognito;
    protected final FakeAdmin fake;
    private final CorporateSignIn signIn;

    CorporateSignInContract(CognitoIdentityClient cognito, FakeAdmin fake) {
        this.cognito = cognito;
        this.fake = fake;
        this.signIn = new CorporateSignIn(cognito, POOL, CORP_IDP);
    }

    @Test
    void employeeWithOneRoleGetsCredentialsOfTheRoleTheIdentityProviderGrants() {
        // snippet:start saml-roles
        String samlResponse = TOKENS.saml("alice@corp.example") // the NameID: Alice's login
                .role(ENGINEER_ROLE, CORP_IDP) // a https://aws.amazon.com/SAML/Attributes/Role pair
                .build();

        signIn.credentialsFor(samlResponse);

        assertThat(fake).identityWithLogin(CORP_IDP, "alice@corp.example").hasLastRole(ENGINEER_ROLE);
        // snippet:end
    }

    @Test
    void employeeWithSeveralRolesChoosesOne() {
        String samlResponse = TOKENS.saml("bob@corp.example")
                .role(ENGINEER_ROLE, CORP_IDP)
                .role(ON_CALL_ROLE, CORP_IDP)
                .build();

        var credentials = signIn.credentialsFor(samlResponse, ON_CALL_ROLE);

        assertThat(credentials.accessKeyId()).startsWith("ASIA");
        assertThat(fake).identityWithLogin(CORP_IDP, "bob@corp.example").hasLastRole(ON_CALL_ROLE);
    }

    @Test
    void employeeWithSeveralRolesMustChooseOne() {
        String samlResponse = TOKENS.saml("bob@corp.example")
                .role(ENGINEER_ROLE, CORP_IDP)
                .role(ON_CALL_ROLE, CORP_IDP)
                .build();

        assertThatThrownBy(() -> signIn.credentialsFor(samlResponse)).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aRoleTheIdentityProviderDidNotGrantIsRefused() {
        String samlResponse =
                TOKENS.saml("carol@corp.example").role(ENGINEER_ROLE, CORP_IDP).build();

        assertThatThrownBy(() -> signIn.credentialsFor(samlResponse, ADMIN_ROLE))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Access to Role '" + ADMIN_ROLE + "' is forbidden.");
    }
}
