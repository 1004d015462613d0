package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import java.util.List;

/**
 * How users of one provider get their role (SetIdentityPoolRoles' {@code RoleMapping}).
 *
 * @param type                    {@code Token} or {@code Rules}
 * @param ambiguousRoleResolution {@code AuthenticatedRole} or {@code Deny}
 * @param rules                   the rules of a {@code Rules} mapping, in order (empty for {@code Token})
 */
public record RoleMappingConfig(String type, String ambiguousRoleResolution, List<Rule> rules) {

    /** Copies the rules. */
    public RoleMappingConfig {
        rules = Copies.list(rules);
    }

    /**
     * One rule: when the claim matches, the role applies.
     *
     * @param claim     the claim name
     * @param matchType {@code Equals}, {@code Contains}, {@code StartsWith} or {@code NotEqual}
     * @param value     the value to compare with
     * @param roleArn   the role granted
     */
    public record Rule(String claim, String matchType, String value, String roleArn) {}
}
