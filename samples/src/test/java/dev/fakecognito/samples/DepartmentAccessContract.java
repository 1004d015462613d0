package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.tokens.LoginTokens;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * The tests of {@link DepartmentAccess}, for any fake: {@link DepartmentAccessTest} runs them on the
 * in-process fake, {@link DepartmentAccessContainerTest} on the fake in its container. The fake must be
 * seeded with {@value #FIXTURES} before each test.
 */
abstract class DepartmentAccessContract {
    static final String FIXTURES = "cognito/intranet.yaml";
    static final String POOL = "us-east-1:22222222-3333-4444-5555-666666666666";
    static final String STAFF = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Staff";
    static final String APP_CLIENT = "intranet_app";
    static final String EMPLOYEE_ROLE = "arn:aws:iam::123456789012:role/Employee";
    static final String FINANCE_ROLE = "arn:aws:iam::123456789012:role/Finance";
    static final String ENGINEERING_ROLE = "arn:aws:iam::123456789012:role/Engineering";

    /** ID tokens of the Staff user pool, issued by the system clock the fake runs on. */
    private static final LoginTokens TOKENS = LoginTokens.create();

    protected final CognitoIdentityClient cognito;
    protected final FakeAdmin fake;
    private final DepartmentAccess access;

    DepartmentAccessContract(CognitoIdentityClient cognito, FakeAdmin fake) {
        this.cognito = cognito;
        this.fake = fake;
        this.access = new DepartmentAccess(cognito, POOL, STAFF, APP_CLIENT);
    }

    @Test
    void financeEmployeeGetsTheFinanceRoleTaggedWithTheirDepartment() {
        // snippet:start login-tokens
        String idToken = TOKENS.userPoolIdToken(STAFF, APP_CLIENT) // iss and aud of the pool's app client
                .subject("frank")
                .claim("custom:department", "finance") // for the role rule and the principal tag
                .build();

        access.credentialsFor(idToken);

        assertThat(fake)
                .identityWithLogin(STAFF, "frank")
                .hasLastRole(FINANCE_ROLE)
                .hasSessionTag("department", "finance");
        // snippet:end
    }

    @Test
    void anExpiredIdTokenIsRefusedAsAtAws() {
        String expired = TOKENS.userPoolIdToken(STAFF, APP_CLIENT)
                .subject("frank")
                .expiresIn(Duration.ofMinutes(-1))
                .build();

        assertThatThrownBy(() -> access.credentialsFor(expired))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid login token. Token expired: ");
    }

    @Test
    void employeeOfAnotherDepartmentGetsTheAuthenticatedRole() {
        access.credentialsFor(TOKENS.userPoolIdToken(STAFF, APP_CLIENT)
                .subject("sam")
                .claim("custom:department", "sales")
                .build());

        assertThat(fake).identityWithLogin(STAFF, "sam").hasLastRole(EMPLOYEE_ROLE);
    }

    @Test
    void configuredRulesAreTriedInOrder() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("engineering", ENGINEERING_ROLE);
        roles.put("finance", FINANCE_ROLE);

        access.configureRoles(EMPLOYEE_ROLE, roles);
        var credentials = access.credentialsFor(TOKENS.userPoolIdToken(STAFF, APP_CLIENT)
                .subject("erin")
                .claim("custom:department", "engineering")
                .build());

        assertThat(credentials.accessKeyId()).startsWith("ASIA");
        assertThat(fake)
                .identityPool("Intranet")
                .hasAuthenticatedRole(EMPLOYEE_ROLE)
                .hasRoleMappingFor(STAFF + ":" + APP_CLIENT)
                .hasTag("app", "intranet");
        assertThat(fake).identityWithLogin(STAFF, "erin").hasLastRole(ENGINEERING_ROLE);
    }
}
