package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.samples.IdTokens.idToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

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

    protected final CognitoIdentityClient cognito;
    protected final FakeAdmin fake;
    private final DepartmentAccess access;

    DepartmentAccessContract(CognitoIdentityClient cognito, FakeAdmin fake) {
        this.cognito = cognito;
        this.fake = fake;
        this.access = new DepartmentAccess(cognito, POOL, STAFF, APP_CLIENT);
    }

    @Test
    void financeEmployeeGetsTheFinanceRole() {
        access.credentialsFor(idToken(STAFF, APP_CLIENT, "frank", "finance"));

        assertThat(fake).identityWithLogin(STAFF, "frank").hasLogins(STAFF).hasLastRole(FINANCE_ROLE);
    }

    @Test
    void employeeOfAnotherDepartmentGetsTheAuthenticatedRole() {
        access.credentialsFor(idToken(STAFF, APP_CLIENT, "sam", "sales"));

        assertThat(fake).identityWithLogin(STAFF, "sam").hasLastRole(EMPLOYEE_ROLE);
    }

    @Test
    void configuredRulesAreTriedInOrder() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("engineering", ENGINEERING_ROLE);
        roles.put("finance", FINANCE_ROLE);

        access.configureRoles(EMPLOYEE_ROLE, roles);
        var credentials = access.credentialsFor(idToken(STAFF, APP_CLIENT, "erin", "engineering"));

        assertThat(credentials.accessKeyId()).startsWith("ASIA");
        assertThat(fake)
                .identityPool("Intranet")
                .hasAuthenticatedRole(EMPLOYEE_ROLE)
                .hasRoleMappingFor(STAFF + ":" + APP_CLIENT)
                .hasTag("app", "intranet");
        assertThat(fake).identityWithLogin(STAFF, "erin").hasLastRole(ENGINEERING_ROLE);
    }
}
