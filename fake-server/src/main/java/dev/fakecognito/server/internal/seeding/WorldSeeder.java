package dev.fakecognito.server.internal.seeding;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Regions;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.operations.PoolConfigurations;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.MergeRecord;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PoolRoles;
import dev.fakecognito.server.internal.state.PoolSeed;
import dev.fakecognito.server.internal.state.PoolSettings;
import dev.fakecognito.server.internal.state.PrincipalTagMapping;
import dev.fakecognito.server.internal.state.SeedException;
import dev.fakecognito.server.internal.validation.RequestValidator;
import dev.fakecognito.server.internal.wire.CognitoIdentityProvider;
import dev.fakecognito.server.internal.wire.GetIdInput;
import dev.fakecognito.server.internal.wire.IdentityIdInput;
import dev.fakecognito.server.internal.wire.IdentityPool;
import dev.fakecognito.server.internal.wire.IdentityPoolIdInput;
import dev.fakecognito.server.internal.wire.IdentityPoolRoles;
import dev.fakecognito.server.internal.wire.LookupDeveloperIdentityInput;
import dev.fakecognito.server.internal.wire.MappingRule;
import dev.fakecognito.server.internal.wire.PrincipalTagAttributeMap;
import dev.fakecognito.server.internal.wire.RoleMapping;
import dev.fakecognito.server.internal.wire.RulesConfiguration;
import dev.fakecognito.server.internal.wire.WireCodecs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds a fake's state from fixtures (its snapshots are {@link WorldSnapshots}'). Fixtures are checked
 * with the same model validator and the same semantic rules as the API calls that would create the
 * same things; seeding is all or nothing.
 */
public final class WorldSeeder {
    private static final String PLACEHOLDER_POOL = "us-east-1:00000000-0000-0000-0000-000000000000";
    private static final Pattern MEMBER_PATH = Pattern.compile("at '([^']*)'");
    private static final Map<String, String> FIXTURE_NAMES = Map.of(
            "identityPoolName", "name",
            "identityPoolTags", "tags",
            "identityPoolId", "id",
            "identityId", "id");

    private final CognitoState state;
    private final RequestValidator validator;

    /**
     * Creates a seeder over one fake's state.
     *
     * @param state     the state to seed and snapshot
     * @param validator the model validator the API uses
     */
    public WorldSeeder(CognitoState state, RequestValidator validator) {
        this.state = state;
        this.validator = validator;
    }

    /**
     * Creates every pool and identity of the fixtures, or nothing when anything is wrong.
     *
     * @return what was created, generated ids included
     * @throws FixtureException naming the source, line, column and field of the first mistake
     */
    public World seed(Fixtures fixtures) {
        WorldChecks.checkText(fixtures, fixtures.world());
        List<World.IdentityPool> pools = fixtures.world().identityPools();
        List<PoolSeed> seeds = new ArrayList<>(pools.size());
        for (int i = 0; i < pools.size(); i++) {
            seeds.add(poolSeed(fixtures, "/identityPools/" + i, pools.get(i)));
        }
        List<Pool> created;
        try {
            created = state.seed(seeds);
        } catch (SeedException e) {
            String pointer = "/identityPools/" + e.poolIndex()
                    + (e.identityIndex() >= 0 ? "/identities/" + e.identityIndex() : "")
                    + (e.field() == null ? "" : "/" + e.field());
            throw fixtures.errorAt(pointer, e.getMessage());
        }
        List<World.IdentityPool> seeded = new ArrayList<>(created.size());
        for (Pool pool : created) {
            seeded.add(WorldSnapshots.pool(pool));
        }
        return World.builder().identityPools(seeded).build();
    }

    // ------------------------------------------------------------------ fixture -> seed

    private PoolSeed poolSeed(Fixtures fixtures, String at, World.IdentityPool pool) {
        IdentityPool request = new IdentityPool(
                null,
                pool.name(),
                pool.allowUnauthenticatedIdentities() == null ? Boolean.FALSE : pool.allowUnauthenticatedIdentities(),
                pool.allowClassicFlow(),
                emptyToNull(withoutNullValues(pool.supportedLoginProviders())),
                pool.developerProviderName(),
                emptyToNull(pool.openIdConnectProviderARNs()),
                emptyToNull(providers(pool)),
                emptyToNull(pool.samlProviderARNs()),
                emptyToNull(withoutNullValues(pool.tags())));
        validate(fixtures, at, "CreateIdentityPool", request);
        String region = region(fixtures, at, pool);
        String accountId = accountId(fixtures, at, pool);
        if (pool.id() != null) {
            checkId(
                    fixtures,
                    at + "/id",
                    "DescribeIdentityPool",
                    new IdentityPoolIdInput(pool.id()),
                    pool.id(),
                    region);
        }
        // Tags first, each at its own key: the settings check includes the tags but can only point at the pool.
        for (Map.Entry<String, String> tag : pool.tags().entrySet()) {
            try {
                PoolConfigurations.checkTags(Map.of(tag.getKey(), tag.getValue()));
            } catch (CognitoException e) {
                throw fixtures.errorAt(at + "/tags/" + key(tag.getKey()), e.getMessage());
            }
        }
        PoolSettings settings;
        try {
            PoolConfigurations.checkTags(pool.tags());
        } catch (CognitoException e) {
            throw fixtures.errorAt(at + "/tags", e.getMessage());
        }
        try {
            settings = PoolConfigurations.settings(request);
        } catch (CognitoException e) {
            throw fixtures.errorAt(at, e.getMessage());
        }

        Map<String, RoleMapping> mappings = roleMappings(pool);
        IdentityPoolRoles roles = new IdentityPoolRoles(
                PLACEHOLDER_POOL, withoutNullValues(pool.roles()), emptyToNull(withoutNullValues(mappings)));
        validate(fixtures, at, "SetIdentityPoolRoles", roles);
        // Each mapping at its own key, so that an unknown provider points at its line.
        for (Map.Entry<String, RoleMapping> mapping : mappings.entrySet()) {
            try {
                PoolConfigurations.roles(
                        settings,
                        new IdentityPoolRoles(PLACEHOLDER_POOL, null, Map.of(mapping.getKey(), mapping.getValue())));
            } catch (CognitoException e) {
                throw fixtures.errorAt(at + "/roleMappings/" + key(mapping.getKey()), e.getMessage());
            }
        }
        PoolRoles poolRoles;
        try {
            poolRoles = PoolConfigurations.roles(settings, roles);
        } catch (CognitoException e) {
            throw fixtures.errorAt(at + "/roleMappings", e.getMessage());
        }

        Map<String, PrincipalTagMapping> principalTags = new LinkedHashMap<>();
        for (Map.Entry<String, World.PrincipalTags> entry : pool.principalTags().entrySet()) {
            String provider = entry.getKey();
            World.PrincipalTags tags = entry.getValue();
            String tagsAt = at + "/principalTags/" + key(provider);
            PrincipalTagAttributeMap request2 = new PrincipalTagAttributeMap(
                    PLACEHOLDER_POOL, provider, tags.useDefaults(), withoutNullValues(tags.principalTags()));
            validate(fixtures, tagsAt, "SetPrincipalTagAttributeMap", request2);
            try {
                principalTags.put(provider, PoolConfigurations.principalTags(settings, pool.name(), request2));
            } catch (CognitoException e) {
                throw fixtures.errorAt(tagsAt, e.getMessage());
            }
        }

        List<IdentitySnapshot> identities = new ArrayList<>();
        for (int j = 0; j < pool.identities().size(); j++) {
            identities.add(identitySeed(
                    fixtures,
                    at + "/identities/" + j,
                    settings,
                    region,
                    pool.identities().get(j)));
        }
        WorldChecks.checkMerges(fixtures, at, pool);
        List<MergeRecord> merges = new ArrayList<>();
        for (World.Merge merge : pool.merges()) {
            merges.add(new MergeRecord(
                    merge.source(),
                    merge.destination(),
                    merge.mergedAt() == null ? state.now() : merge.mergedAt(),
                    merge.operation() == null ? "fixture" : merge.operation()));
        }
        return new PoolSeed(
                pool.id(), region, accountId, settings, pool.tags(), poolRoles, principalTags, identities, merges);
    }

    /**
     * The region of a fixture's pool: the one it names (a region name), else its id's prefix when that is
     * a region name, else the fake's default region.
     */
    private String region(Fixtures fixtures, String at, World.IdentityPool pool) {
        if (pool.region() != null) {
            try {
                return FakeSettings.REGION.check(pool.region(), "region");
            } catch (IllegalArgumentException e) {
                throw fixtures.errorAt(at + "/region", e.getMessage());
            }
        }
        return Regions.regionOf(pool.id(), state.region()); // an id without a region: its check names it
    }

    /** The account of a fixture's pool: the one it names (12 digits), else the fake's default account. */
    private String accountId(Fixtures fixtures, String at, World.IdentityPool pool) {
        if (pool.accountId() == null) {
            return state.accountId();
        }
        try {
            return FakeSettings.ACCOUNT_ID.check(pool.accountId(), "accountId");
        } catch (IllegalArgumentException e) {
            throw fixtures.errorAt(at + "/accountId", e.getMessage());
        }
    }

    private IdentitySnapshot identitySeed(
            Fixtures fixtures, String at, PoolSettings settings, String region, World.Identity identity) {
        if (identity.id() != null) {
            checkId(
                    fixtures,
                    at + "/id",
                    "DescribeIdentity",
                    new IdentityIdInput(identity.id()),
                    identity.id(),
                    region);
        }
        if (identity.mergedInto() != null) {
            checkId(
                    fixtures,
                    at + "/mergedInto",
                    "DescribeIdentity",
                    new IdentityIdInput(identity.mergedInto()),
                    identity.mergedInto(),
                    region);
        }
        for (Map.Entry<String, String> entry : identity.logins().entrySet()) {
            String provider = entry.getKey();
            String loginAt = at + "/logins/" + key(provider);
            Map<String, String> login = new LinkedHashMap<>();
            login.put(provider, entry.getValue());
            validate(fixtures, loginAt, "GetId", new GetIdInput(null, PLACEHOLDER_POOL, login));
            if (provider.equals(settings.developerProviderName())) {
                throw fixtures.errorAt(
                        loginAt,
                        provider + " is the pool's developer provider: list developer users "
                                + "under developerUserIdentifiers");
            }
            try {
                PoolConfigurations.checkLoginProvider(settings, provider);
            } catch (CognitoException e) {
                throw fixtures.errorAt(loginAt, e.getMessage());
            }
        }
        List<String> developerUsers = identity.developerUserIdentifiers();
        if (!developerUsers.isEmpty() && settings.developerProviderName() == null) {
            throw fixtures.errorAt(
                    at + "/developerUserIdentifiers",
                    "developer user ids need the pool's developerProviderName, which is not set");
        }
        for (int k = 0; k < developerUsers.size(); k++) {
            validate(
                    fixtures,
                    at + "/developerUserIdentifiers/" + k,
                    "LookupDeveloperIdentity",
                    new LookupDeveloperIdentityInput(PLACEHOLDER_POOL, null, developerUsers.get(k), null, null));
        }
        for (Map.Entry<String, String> tag : identity.sessionTags().entrySet()) {
            String key = tag.getKey();
            if (key == null || key.isEmpty() || tag.getValue() == null) {
                throw fixtures.errorAt(
                        at + "/sessionTags" + (key == null ? "" : "/" + key(key)),
                        "a session tag needs a non-empty key and a value");
            }
        }
        return new IdentitySnapshot(
                identity.id(),
                identity.logins(),
                developerUsers,
                identity.creationDate(),
                identity.lastModifiedDate(),
                Boolean.TRUE.equals(identity.disabled()),
                identity.mergedInto(),
                identity.lastRole(),
                identity.sessionTags());
    }

    private void checkId(Fixtures fixtures, String at, String operation, Object request, String id, String region) {
        validate(fixtures, at, operation, request);
        if (!id.startsWith(region + ":")) {
            throw fixtures.errorAt(
                    at, "id " + id + " is not in the pool's region " + region + " (ids start with the region)");
        }
    }

    /** Runs the API's model validator on a request built from the fixture; errors point at the field. */
    private void validate(Fixtures fixtures, String at, String operation, Object request) {
        try {
            validator.validate(operation, WireCodecs.members(operation, request));
        } catch (CognitoException e) {
            throw fixtures.errorAt(fieldPointer(at, e.getMessage()), e.getMessage());
        }
    }

    /** Maps the first member path of a validation message (e.g. {@code cognitoIdentityProviders.1.member.clientId}) to the fixture. */
    private static String fieldPointer(String at, String message) {
        Matcher matcher = MEMBER_PATH.matcher(message);
        if (!matcher.find()) {
            return at;
        }
        StringBuilder pointer = new StringBuilder(at);
        String[] parts = matcher.group(1).split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("member")) {
                continue;
            }
            if (i == 0) {
                String name = FIXTURE_NAMES.getOrDefault(part, part);
                if (at.endsWith("/" + name) || at.contains("/logins/") || at.contains("/developerUserIdentifiers/")) {
                    break;
                }
                pointer.append('/').append(name);
            } else if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                pointer.append('/').append(Integer.parseInt(part) - 1);
            } else {
                pointer.append('/').append(key(part));
            }
        }
        return pointer.toString();
    }

    private static List<CognitoIdentityProvider> providers(World.IdentityPool pool) {
        List<CognitoIdentityProvider> providers =
                new ArrayList<>(pool.cognitoIdentityProviders().size());
        for (World.CognitoIdentityProvider p : pool.cognitoIdentityProviders()) {
            providers.add(new CognitoIdentityProvider(p.providerName(), p.clientId(), p.serverSideTokenCheck()));
        }
        return providers;
    }

    private static Map<String, RoleMapping> roleMappings(World.IdentityPool pool) {
        Map<String, RoleMapping> mappings = new LinkedHashMap<>();
        for (Map.Entry<String, World.RoleMapping> entry : pool.roleMappings().entrySet()) {
            World.RoleMapping mapping = entry.getValue();
            RulesConfiguration rules = null;
            if (!mapping.rules().isEmpty() || "Rules".equals(mapping.type())) {
                List<MappingRule> list = new ArrayList<>(mapping.rules().size());
                for (World.MappingRule r : mapping.rules()) {
                    list.add(new MappingRule(r.claim(), r.matchType(), r.value(), r.roleARN()));
                }
                rules = new RulesConfiguration(list);
            }
            mappings.put(entry.getKey(), new RoleMapping(mapping.type(), mapping.ambiguousRoleResolution(), rules));
        }
        return mappings;
    }

    /** A map key as a JSON pointer segment (RFC 6901). */
    private static String key(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A map without its entries whose value is null: what a record built from the fixture showed the
     * checks when they read it as JSON (null values left out), before they took the records themselves.
     */
    private static <K, V> Map<K, V> withoutNullValues(Map<K, V> map) {
        if (map == null) {
            return null;
        }
        boolean hasNull = false;
        for (V value : map.values()) { // (containsValue(null) throws for Map.of's maps)
            hasNull |= value == null;
        }
        if (!hasNull) {
            return map;
        }
        Map<K, V> kept = new LinkedHashMap<>();
        for (Map.Entry<K, V> entry : map.entrySet()) {
            if (entry.getValue() != null) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        return kept;
    }

    private static <K, V> Map<K, V> emptyToNull(Map<K, V> map) {
        return map.isEmpty() ? null : map;
    }

    private static <T> List<T> emptyToNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
