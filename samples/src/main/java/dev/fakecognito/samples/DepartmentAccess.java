package dev.fakecognito.samples;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;

/**
 * Role-based access for employees who sign in through a Cognito user pool: the identity pool maps
 * the user pool's users to an IAM role by the {@code custom:department} claim of their ID token
 * (finance people get the finance role, everyone else the pool's authenticated role), and the app
 * exchanges an ID token for credentials of that role.
 */
public final class DepartmentAccess {
    /** The ID-token claim the role rules look at. */
    public static final String DEPARTMENT_CLAIM = "custom:department";

    private final CognitoIdentityClient cognito;
    private final String identityPoolId;
    private final String userPoolProvider;
    private final String appClientId;

    /**
     * @param cognito          the Cognito Identity client
     * @param identityPoolId   the identity pool
     * @param userPoolProvider the user pool as a provider name,
     *                         {@code cognito-idp.<region>.amazonaws.com/<user pool id>}
     * @param appClientId      the user pool app client the employees sign in with
     */
    public DepartmentAccess(
            CognitoIdentityClient cognito, String identityPoolId, String userPoolProvider, String appClientId) {
        this.cognito = Objects.requireNonNull(cognito, "cognito");
        this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
        this.userPoolProvider = Objects.requireNonNull(userPoolProvider, "userPoolProvider");
        this.appClientId = Objects.requireNonNull(appClientId, "appClientId");
    }

    /**
     * Sets the pool's roles (the set-up an infrastructure script would do): the authenticated role for
     * everyone, and one rule per department, tried in order, for the user pool's users.
     *
     * @param authenticatedRoleArn the default role of signed-in users
     * @param roleByDepartment     department to role ARN, in rule order
     */
    public void configureRoles(String authenticatedRoleArn, Map<String, String> roleByDepartment) {
        List<MappingRule> rules = roleByDepartment.entrySet().stream()
                .map(e -> MappingRule.builder()
                        .claim(DEPARTMENT_CLAIM)
                        .matchType(MappingRuleMatchType.EQUALS)
                        .value(e.getKey())
                        .roleARN(e.getValue())
                        .build())
                .toList();
        RoleMapping byDepartment = RoleMapping.builder()
                .type(RoleMappingType.RULES)
                .ambiguousRoleResolution(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)
                .rulesConfiguration(c -> c.rules(rules))
                .build();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(identityPoolId)
                .roles(Map.of("authenticated", authenticatedRoleArn))
                .roleMappings(Map.of(userPoolProvider + ":" + appClientId, byDepartment)));
    }

    /**
     * Exchanges an employee's user pool ID token for temporary credentials of the role their
     * department maps to.
     *
     * @param idToken the ID token from the user pool
     * @return the credentials
     */
    public Credentials credentialsFor(String idToken) {
        Map<String, String> logins = Map.of(userPoolProvider, idToken);
        String identityId = cognito.getId(b -> b.identityPoolId(identityPoolId).logins(logins))
                .identityId();
        return cognito.getCredentialsForIdentity(b -> b.identityId(identityId).logins(logins))
                .credentials();
    }
}
