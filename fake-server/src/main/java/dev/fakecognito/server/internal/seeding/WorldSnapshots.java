package dev.fakecognito.server.internal.seeding;

import dev.fakecognito.model.World;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.MergeRecord;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PoolRoles;
import dev.fakecognito.server.internal.state.PoolSettings;
import dev.fakecognito.server.internal.state.PrincipalTagMapping;
import dev.fakecognito.server.internal.state.RoleMappingConfig;
import dev.fakecognito.server.internal.state.UserPoolClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A fake's state as a {@link World}, in the fixtures' shape: what {@code snapshot()} answers, what
 * seeding answers for the pools it created, and a pool's configuration for the browser page. Seeding
 * the snapshot into an empty fake gives the same state back.
 */
public final class WorldSnapshots {
    private WorldSnapshots() {}

    /** The current world: every pool with its configuration, identities and merges, in creation order. */
    public static World of(CognitoState state) {
        List<World.IdentityPool> pools = new ArrayList<>();
        for (Pool pool : state.pools()) {
            pools.add(pool(pool));
        }
        return World.builder().identityPools(pools).build();
    }

    /** {@link #configuration} as a function, for the browser page (a class: no lambda spun at start). */
    public static final Function<Pool, World.IdentityPool> CONFIGURATION = new Function<>() {
        @Override
        public World.IdentityPool apply(Pool pool) {
            return configuration(pool);
        }
    };

    /**
     * A pool's configuration as fixtures write it (settings, roles, mappings, principal tags, tags),
     * without its identities and merges: what a summary of a large pool shows.
     */
    public static World.IdentityPool configuration(Pool pool) {
        return poolFixture(pool, false);
    }

    /** A pool with everything: configuration, identities and merges. */
    public static World.IdentityPool pool(Pool pool) {
        return poolFixture(pool, true);
    }

    private static World.IdentityPool poolFixture(Pool pool, boolean withIdentities) {
        PoolSettings s = pool.settings();
        PoolRoles roles = pool.roles();
        Map<String, World.RoleMapping> mappings = new LinkedHashMap<>();
        for (Map.Entry<String, RoleMappingConfig> mapping : roles.roleMappings().entrySet()) {
            mappings.put(mapping.getKey(), roleMapping(mapping.getValue()));
        }
        Map<String, World.PrincipalTags> principalTags = new LinkedHashMap<>();
        for (Map.Entry<String, PrincipalTagMapping> mapping :
                pool.principalTagMappings().entrySet()) {
            principalTags.put(
                    mapping.getKey(),
                    new World.PrincipalTags(
                            mapping.getValue().useDefaults() ? Boolean.TRUE : null,
                            mapping.getValue().principalTags()));
        }
        List<World.CognitoIdentityProvider> providers = new ArrayList<>();
        for (UserPoolClient c : s.cognitoIdentityProviders()) {
            providers.add(new World.CognitoIdentityProvider(
                    c.providerName(), c.clientId(), c.serverSideTokenCheck() ? Boolean.TRUE : null));
        }
        List<World.Identity> identities = new ArrayList<>();
        List<World.Merge> merges = new ArrayList<>();
        if (withIdentities) {
            for (IdentitySnapshot identity : pool.identities()) {
                identities.add(identityFixture(identity));
            }
            for (MergeRecord m : pool.merges()) {
                merges.add(
                        new World.Merge(m.sourceIdentityId(), m.destinationIdentityId(), m.mergedAt(), m.operation()));
            }
        }
        return new World.IdentityPool(
                pool.id(),
                pool.region(),
                pool.accountId(),
                s.name(),
                s.allowUnauthenticatedIdentities(),
                s.allowClassicFlow(),
                s.supportedLoginProviders(),
                s.developerProviderName(),
                s.openIdConnectProviderArns(),
                providers,
                s.samlProviderArns(),
                roles.roles(),
                mappings,
                principalTags,
                pool.tags(),
                identities,
                merges);
    }

    private static World.RoleMapping roleMapping(RoleMappingConfig mapping) {
        List<World.MappingRule> rules = new ArrayList<>();
        for (RoleMappingConfig.Rule r : mapping.rules()) {
            rules.add(new World.MappingRule(r.claim(), r.matchType(), r.value(), r.roleArn()));
        }
        return new World.RoleMapping(mapping.type(), mapping.ambiguousRoleResolution(), rules);
    }

    /** A merge as fixtures write it. */
    public static World.Merge merge(MergeRecord m) {
        return new World.Merge(m.sourceIdentityId(), m.destinationIdentityId(), m.mergedAt(), m.operation());
    }

    /** An identity as fixtures write it. */
    public static World.Identity identityFixture(IdentitySnapshot identity) {
        return new World.Identity(
                identity.identityId(),
                identity.logins(),
                identity.developerUserIds(),
                identity.disabled() ? Boolean.TRUE : null,
                identity.mergedInto(),
                identity.creationDate(),
                identity.lastModifiedDate(),
                identity.lastRoleArn(),
                identity.sessionTags());
    }
}
