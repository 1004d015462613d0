package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.PoolRoles;
import dev.fakecognito.server.internal.state.RoleMappingConfig;
import dev.fakecognito.server.internal.tokens.LoginToken;
import java.util.List;
import java.util.Optional;

/**
 * Picks the IAM role of GetCredentialsForIdentity (docs/behaviour.md#role-selection): the unauthenticated role for guests;
 * for authenticated identities the first login that has a role mapping (Token or Rules, with
 * CustomRoleArn and AmbiguousRoleResolution) or, for SAML, roles granted by its assertion decides, else
 * the authenticated role. A login's mapping may be stored under more than one key (an OIDC provider by
 * name or by IAM ARN); the first key found wins.
 */
final class RoleResolver {
    static final String INVALID_CONFIGURATION =
            "Invalid identity pool configuration. Check assigned IAM roles for this pool.";
    static final String SEVERAL_SAML_ROLES =
            "The SAML assertion grants more than one role; choose one of them with CustomRoleArn.";

    private RoleResolver() {}

    static String chooseRole(PoolRoles roles, IdentitySnapshot identity, Logins.Resolved logins, String customRoleArn) {
        if (!identity.authenticated()) {
            return required(roles.unauthenticatedRole());
        }
        for (Logins.Login login : logins.logins()) {
            for (String key : login.roleMappingKeys()) {
                RoleMappingConfig mapping = roles.roleMappings().get(key);
                if (mapping != null) {
                    return fromMapping(roles, mapping, key, login.token(), customRoleArn);
                }
            }
            List<String> granted = login.samlRoles();
            if (!granted.isEmpty()) {
                return fromAssertion(granted, customRoleArn);
            }
        }
        return required(roles.authenticatedRole());
    }

    /** A SAML user's role: the one the assertion grants, or the CustomRoleArn among several (docs/behaviour.md#saml-users-get-the-roles-of-their-assertion). */
    private static String fromAssertion(List<String> granted, String customRoleArn) {
        if (customRoleArn != null) {
            if (!granted.contains(customRoleArn)) {
                throw forbidden(customRoleArn);
            }
            return customRoleArn;
        }
        if (granted.size() > 1) {
            throw CognitoException.invalidParameter(SEVERAL_SAML_ROLES);
        }
        return granted.get(0);
    }

    private static CognitoException forbidden(String roleArn) {
        return CognitoException.notAuthorized("Access to Role '" + roleArn + "' is forbidden.");
    }

    private static String fromMapping(
            PoolRoles roles, RoleMappingConfig mapping, String mappingKey, LoginToken token, String customRoleArn) {
        if ("Token".equals(mapping.type())) {
            List<String> tokenRoles = token.stringListClaim("cognito:roles");
            if (customRoleArn != null) {
                if (!tokenRoles.contains(customRoleArn)) {
                    throw forbidden(customRoleArn);
                }
                return customRoleArn;
            }
            Optional<String> preferred = token.stringClaim("cognito:preferred_role");
            if (preferred.isPresent()) {
                return preferred.get();
            }
            return ambiguous(roles, mapping, mappingKey);
        }
        String firstMatch = null;
        for (RoleMappingConfig.Rule rule : mapping.rules()) {
            if (matches(rule, token)) {
                if (rule.roleArn().equals(customRoleArn)) {
                    return customRoleArn;
                }
                if (firstMatch == null) {
                    firstMatch = rule.roleArn();
                }
            }
        }
        return firstMatch != null ? firstMatch : ambiguous(roles, mapping, mappingKey);
    }

    private static boolean matches(RoleMappingConfig.Rule rule, LoginToken token) {
        List<String> values = claimValues(token, rule.claim());
        if (values.isEmpty()) {
            return false;
        }
        return switch (rule.matchType()) {
            case "Equals" -> values.contains(rule.value());
            case "NotEqual" -> !values.contains(rule.value());
            case "StartsWith" -> values.stream().anyMatch(value -> value.startsWith(rule.value()));
            case "Contains" -> values.stream().anyMatch(value -> value.contains(rule.value()));
            default -> false;
        };
    }

    /** A claim as strings: string and list claims as they are, numbers and booleans in their JSON form. */
    private static List<String> claimValues(LoginToken token, String claim) {
        Object raw = token.claims().get(claim);
        if (raw instanceof Number || raw instanceof Boolean) {
            return List.of(String.valueOf(raw));
        }
        return token.stringListClaim(claim);
    }

    private static String ambiguous(PoolRoles roles, RoleMappingConfig mapping, String mappingKey) {
        if ("Deny".equals(mapping.ambiguousRoleResolution())) {
            throw CognitoException.notAuthorized(
                    "The ambiguous role mapping rules for: " + mappingKey + " denied this request.");
        }
        return required(roles.authenticatedRole());
    }

    private static String required(String role) {
        if (role == null) {
            throw new CognitoException(ErrorCode.INVALID_IDENTITY_POOL_CONFIGURATION, INVALID_CONFIGURATION);
        }
        return role;
    }
}
