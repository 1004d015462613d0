package dev.fakecognito.server.internal.seeding;

import dev.fakecognito.model.World;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PoolRoles;
import dev.fakecognito.server.internal.state.PoolSettings;
import dev.fakecognito.server.internal.state.RoleMappingConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake's state as a {@link World}, in the fixtures' shape: what {@code snapshot()} answers, what
 * seeding answers for the pools it created, and a pool's configuration for the browser page. Seeding
 * the snapshot into an empty fake gives the same state back.
 */
public final class WorldSnapshots {
    private WorldSnapshots() {}

    /** The current world: every pool with its configuration, identities and merges, in creation order. */
    public static World of(CognitoState state) {
        return new World(state.pools().stream().map(WorldSnapshots::pool).toList());
    }

    /**
     * A pool's configuration as fixtures write it (settings, roles, mappings, principal tags, tags),
     * without its identities and merges: what a summary of a large pool shows.
     */
    public static World.IdentityPool configuration(Pool pool) {
        return poolFixture(pool, false);
    }

    /** A pool with everything: configuration, identities and merges. */
    static World.IdentityPool pool(Pool pool) {
        return poolFixture(pool, true);
    }

    private static World.IdentityPool poolFixture(Pool pool, boolean withIdentities) {
        PoolSettings s = pool.settings();
        PoolRoles roles = pool.roles();
        Map<String, World.RoleMapping> mappings = new LinkedHashMap<>();
        roles.roleMappings().forEach((key, mapping) -> mappings.put(key, roleMapping(mapping)));
        Map<String, World.PrincipalTags> principalTags = new LinkedHashMap<>();
        pool.principalTagMappings()
                .forEach((provider, mapping) -> principalTags.put(
                        provider,
                        new World.PrincipalTags(mapping.useDefaults() ? Boolean.TRUE : null, mapping.principalTags())));
        return new World.IdentityPool(
                pool.id(),
                s.name(),
                s.allowUnauthenticatedIdentities(),
                s.allowClassicFlow(),
                s.supportedLoginProviders(),
                s.developerProviderName(),
                s.openIdConnectProviderArns(),
                s.cognitoIdentityProviders().stream()
                        .map(c -> new World.CognitoIdentityProvider(
                                c.providerName(), c.clientId(), c.serverSideTokenCheck() ? Boolean.TRUE : null))
                        .toList(),
                s.samlProviderArns(),
                roles.roles(),
                mappings,
                principalTags,
                pool.tags(),
                withIdentities
                        ? pool.identities().stream()
                                .map(WorldSnapshots::identityFixture)
                                .toList()
                        : List.of(),
                withIdentities
                        ? pool.merges().stream()
                                .map(m -> new World.Merge(
                                        m.sourceIdentityId(), m.destinationIdentityId(), m.mergedAt(), m.operation()))
                                .toList()
                        : List.of());
    }

    private static World.RoleMapping roleMapping(RoleMappingConfig mapping) {
        return new World.RoleMapping(
                mapping.type(),
                mapping.ambiguousRoleResolution(),
                mapping.rules().stream()
                        .map(r -> new World.MappingRule(r.claim(), r.matchType(), r.value(), r.roleArn()))
                        .toList());
    }

    private static World.Identity identityFixture(IdentitySnapshot identity) {
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
