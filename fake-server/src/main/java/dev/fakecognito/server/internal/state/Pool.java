package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import dev.fakecognito.server.internal.errors.CognitoException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * An identity pool: its configuration (settings, roles, tags and principal-tag maps) and, in its
 * {@link IdentityGraph}, its identities with their logins. Configuration values are immutable records
 * swapped atomically. The pool's lock guards everything that changes: every identity operation runs
 * under it from start to end, so concurrent callers never lose or duplicate a login.
 */
public final class Pool {
    /** Tags one pool may carry. */
    public static final int MAX_TAGS = 50;

    private final CognitoState state;
    private final String id;
    private final String region;
    private final String accountId;
    private final long sequence;
    private final Object lock = new Object();

    private volatile PoolSettings settings;
    private volatile Map<String, String> tags;
    private volatile PoolRoles roles = PoolRoles.NONE;
    private volatile Map<String, PrincipalTagMapping> principalTags = Map.of();

    // guarded by lock, with everything in the graph
    private boolean deleted;
    private final IdentityGraph graph;

    Pool(
            CognitoState state,
            String id,
            String region,
            String accountId,
            long sequence,
            PoolSettings settings,
            Map<String, String> tags) {
        this.state = state;
        this.id = id;
        this.region = region;
        this.accountId = accountId;
        this.sequence = sequence;
        this.settings = settings;
        this.tags = Copies.map(tags);
        this.graph = new IdentityGraph(state, this);
    }

    /** The identity pool id, {@code <region>:<uuid>}. */
    public String id() {
        return id;
    }

    /**
     * The region the pool belongs to, e.g. {@code eu-west-1}: its ARN's, its ids' prefix, and the one place
     * that knows it when a token is issued for the pool.
     */
    public String region() {
        return region;
    }

    /** The account the pool belongs to: its ARN's, and the account its role checks use. */
    public String accountId() {
        return accountId;
    }

    long sequence() {
        return sequence;
    }

    /** The pool ARN, the resource of the tagging calls. */
    public String arn() {
        return Arns.identityPoolArn(region, accountId, id);
    }

    /** The current settings. */
    public PoolSettings settings() {
        return settings;
    }

    /** The current tags. */
    public Map<String, String> tags() {
        return tags;
    }

    /** The current roles and role mappings. */
    public PoolRoles roles() {
        return roles;
    }

    /**
     * The settings and tags together, as they were in force at one moment: what Create, Describe and
     * Update answer.
     */
    public Configuration configuration() {
        synchronized (lock) {
            return new Configuration(settings, tags);
        }
    }

    /**
     * A pool's settings and tags at one moment.
     *
     * @param settings the settings
     * @param tags     the tags
     */
    public record Configuration(PoolSettings settings, Map<String, String> tags) {}

    /** The principal-tag attribute maps, by provider name. */
    public Map<String, PrincipalTagMapping> principalTagMappings() {
        return principalTags;
    }

    // ---------------------------------------------------------------- pool configuration

    /**
     * Replaces the settings, as UpdateIdentityPool does. A developer provider name, once set, is kept
     * when the update leaves it out and cannot be changed; tags are replaced only when given.
     *
     * @param newSettings the new settings
     * @param newTags     the new tags, or {@code null} to keep the current ones
     * @return the settings and tags this update put in force
     */
    public Configuration update(PoolSettings newSettings, Map<String, String> newTags) {
        CompletableFuture<Void> durable;
        Configuration configuration;
        synchronized (lock) {
            ensureLive();
            String current = settings.developerProviderName();
            String wanted = newSettings.developerProviderName();
            if (current != null && wanted != null && !current.equals(wanted)) {
                throw CognitoException.invalidParameter(
                        "Cannot change DeveloperProviderName once it has been set: it is " + current + ".");
            }
            if (wanted == null && current != null) {
                newSettings = new PoolSettings(
                        newSettings.name(),
                        newSettings.allowUnauthenticatedIdentities(),
                        newSettings.allowClassicFlow(),
                        newSettings.supportedLoginProviders(),
                        current,
                        newSettings.openIdConnectProviderArns(),
                        newSettings.cognitoIdentityProviders(),
                        newSettings.samlProviderArns());
            }
            settings = newSettings;
            if (newTags != null) {
                tags = Copies.map(newTags);
            }
            configuration = new Configuration(newSettings, tags);
            durable = configurationLogged();
        }
        awaitDurable(durable);
        return configuration;
    }

    /** Replaces roles and role mappings together. */
    public void setRoles(PoolRoles newRoles) {
        CompletableFuture<Void> durable;
        synchronized (lock) {
            ensureLive();
            roles = newRoles;
            durable = configurationLogged();
        }
        awaitDurable(durable);
    }

    /**
     * Adds or overwrites tags.
     *
     * @throws CognitoException {@code InvalidParameterException} when the pool would carry more than {@link #MAX_TAGS}
     */
    public void tag(Map<String, String> added) {
        CompletableFuture<Void> durable;
        synchronized (lock) {
            ensureLive();
            Map<String, String> merged = new LinkedHashMap<>(tags);
            merged.putAll(added);
            if (merged.size() > MAX_TAGS) {
                throw CognitoException.invalidParameter("A resource can have at most " + MAX_TAGS
                        + " tags; this request would give it " + merged.size() + ".");
            }
            tags = Copies.map(merged);
            durable = configurationLogged();
        }
        awaitDurable(durable);
    }

    /** Removes tags; keys that are not present are ignored. */
    public void untag(Collection<String> keys) {
        CompletableFuture<Void> durable;
        synchronized (lock) {
            ensureLive();
            Map<String, String> remaining = new LinkedHashMap<>(tags);
            remaining.keySet().removeAll(keys);
            tags = Copies.map(remaining);
            durable = configurationLogged();
        }
        awaitDurable(durable);
    }

    /** Stores the principal-tag attribute map of one provider. */
    public void setPrincipalTagMapping(String providerName, PrincipalTagMapping mapping) {
        CompletableFuture<Void> durable;
        synchronized (lock) {
            ensureLive();
            Map<String, PrincipalTagMapping> copy = new LinkedHashMap<>(principalTags);
            copy.put(providerName, mapping);
            principalTags = Copies.map(copy);
            durable = configurationLogged();
        }
        awaitDurable(durable);
    }

    /**
     * Fills a pool that is not yet visible to anyone from a seed. Identity ids must be new in the state
     * ({@code existing}) and in the seed list ({@code seen}, to which they are added).
     */
    void seed(int poolIndex, PoolSeed seed, Set<String> seen, Set<String> existing) {
        roles = seed.roles();
        principalTags = seed.principalTags();
        graph.seed(poolIndex, seed.identities(), seed.merges(), seen, existing);
    }

    void markDeleted() {
        synchronized (lock) {
            deleted = true;
            graph.removeAll();
        }
    }

    /** Hands the configuration now to the log, if any; under the lock. */
    private CompletableFuture<Void> configurationLogged() {
        StateLog log = state.log();
        return log == null ? null : log.poolChanged(this);
    }

    /** Hands the identities the last operation changed to the log, if any; under the lock. */
    private CompletableFuture<Void> identitiesLogged() {
        StateLog log = state.log();
        return log == null ? null : graph.drainChanges(log);
    }

    /** Waits, outside the lock, until a logged change is durable. */
    private void awaitDurable(CompletableFuture<Void> durable) {
        StateLog log = state.log();
        if (durable != null && log != null) { // (no log: the fake was closed meanwhile)
            log.await(durable);
        }
    }

    private void ensureLive() {
        if (deleted) {
            throw CognitoException.poolNotFound(id);
        }
    }

    // ---------------------------------------------------------------- identities (under the lock, in the graph)

    /** The identity with this id, as it is now. */
    public IdentitySnapshot describe(String identityId) {
        synchronized (lock) {
            return graph.describe(identityId);
        }
    }

    /** The identity a developer user id is linked to, or {@code null}. */
    public IdentitySnapshot ownerOfDeveloperUser(String developerUserId) {
        synchronized (lock) {
            return graph.ownerOfDeveloperUser(developerUserId);
        }
    }

    /** Identities in creation order after the given sequence (0 for the first page). */
    public Page<IdentitySnapshot> listIdentities(long afterSequence, int maxResults, boolean hideDisabled) {
        synchronized (lock) {
            ensureLive();
            return graph.list(afterSequence, maxResults, hideDisabled);
        }
    }

    /** Every identity of the pool, in creation order. */
    public List<IdentitySnapshot> identities() {
        synchronized (lock) {
            return graph.all();
        }
    }

    List<String> identityIds() {
        synchronized (lock) {
            return graph.ids();
        }
    }

    /** The identities a search finds (one page of them), and how many it finds in all. */
    public IdentitySearch.Result searchIdentities(IdentitySearch search) {
        synchronized (lock) {
            return graph.search(search);
        }
    }

    /** How many identities the pool holds, how many are disabled, and how many merges it recorded. */
    public IdentityCounts counts() {
        synchronized (lock) {
            return graph.counts();
        }
    }

    /** The merges that happened in this pool, oldest first. */
    public List<MergeRecord> merges() {
        synchronized (lock) {
            return graph.merges();
        }
    }

    /**
     * GetId: a new guest identity when there are no logins; else the identity that owns them, linking
     * logins nobody owns yet and merging when they belong to several identities.
     *
     * @return the identity's id
     */
    public String getId(List<LoginKey> logins, String operation) {
        String result;
        CompletableFuture<Void> durable;
        synchronized (lock) {
            ensureLive();
            try {
                result = graph.getId(logins, settings.allowUnauthenticatedIdentities(), operation);
            } finally {
                durable = identitiesLogged();
            }
        }
        awaitDurable(durable);
        return result;
    }

    /**
     * The calls that name an identity (GetOpenIdToken, GetCredentialsForIdentity): checks that the
     * caller may act for it, links new logins and merges as needed.
     *
     * @param identityId       the identity the caller names
     * @param logins           the validated public-provider logins of the request
     * @param provenIdentityId the subject of a valid {@code cognito-identity.amazonaws.com} token in the
     *                         request, or {@code null}
     * @param operation        the calling operation, for merge records
     * @return the identity the caller acts for: the named one, or the survivor of a merge
     */
    public IdentitySnapshot authenticate(
            String identityId, List<LoginKey> logins, String provenIdentityId, String operation) {
        IdentitySnapshot result;
        CompletableFuture<Void> durable;
        synchronized (lock) {
            try {
                result = graph.authenticate(
                        identityId, logins, provenIdentityId, settings.allowUnauthenticatedIdentities(), operation);
            } finally {
                durable = identitiesLogged();
            }
        }
        awaitDurable(durable);
        return result;
    }

    /**
     * GetOpenIdTokenForDeveloperIdentity: the identity of a developer user, created on first sight,
     * or the named identity the developer user is to be linked to.
     *
     * @param identityId      the identity named in the request, or {@code null}
     * @param developerUserId the developer user id (the value of the developer provider login)
     * @param logins          further public-provider logins to link
     * @param operation       the calling operation, for merge records
     */
    public IdentitySnapshot developerIdentity(
            String identityId, String developerUserId, List<LoginKey> logins, String operation) {
        IdentitySnapshot result;
        CompletableFuture<Void> durable;
        synchronized (lock) {
            ensureLive();
            try {
                result = graph.developerIdentity(identityId, developerUserId, logins, operation);
            } finally {
                durable = identitiesLogged();
            }
        }
        awaitDurable(durable);
        return result;
    }

    /**
     * MergeDeveloperIdentities: moves everything of the source user's identity to the destination
     * user's identity and disables the source identity.
     *
     * @return the destination identity id
     */
    public String mergeDeveloperUsers(String sourceUserId, String destinationUserId, String operation) {
        String result;
        CompletableFuture<Void> durable;
        synchronized (lock) {
            ensureLive();
            try {
                result = graph.mergeDeveloperUsers(sourceUserId, destinationUserId, operation);
            } finally {
                durable = identitiesLogged();
            }
        }
        awaitDurable(durable);
        return result;
    }

    /** UnlinkDeveloperIdentity: removes one developer user id from its identity. */
    public void unlinkDeveloperUser(String identityId, String developerUserId) {
        CompletableFuture<Void> durable;
        synchronized (lock) {
            try {
                graph.unlinkDeveloperUser(identityId, developerUserId);
            } finally {
                durable = identitiesLogged();
            }
        }
        awaitDurable(durable);
    }

    /**
     * UnlinkIdentity: removes the named providers' logins from an identity the caller proves to own.
     *
     * @param identityId        the identity
     * @param proof             the validated logins of the request; one must be linked to the identity
     * @param provenIdentityId  the subject of a valid Cognito token in the request, or {@code null}
     * @param providersToRemove provider names to unlink; names not linked are ignored
     */
    public void unlinkLogins(
            String identityId, List<LoginKey> proof, String provenIdentityId, Collection<String> providersToRemove) {
        CompletableFuture<Void> durable;
        synchronized (lock) {
            try {
                graph.unlinkLogins(identityId, proof, provenIdentityId, providersToRemove);
            } finally {
                durable = identitiesLogged();
            }
        }
        awaitDurable(durable);
    }

    /** Deletes identities; ids that are not in this pool are ignored. */
    public void deleteIdentities(Collection<String> identityIds) {
        CompletableFuture<Void> durable;
        synchronized (lock) {
            try {
                graph.delete(identityIds);
            } finally {
                durable = identitiesLogged();
            }
        }
        awaitDurable(durable);
    }

    /**
     * Remembers what GetCredentialsForIdentity gave an identity: the role it chose and the session tags it
     * would have passed to STS with it.
     */
    public void recordCredentials(String identityId, String roleArn, Map<String, String> sessionTags) {
        CompletableFuture<Void> durable;
        synchronized (lock) {
            try {
                graph.recordCredentials(identityId, roleArn, Copies.map(sessionTags));
            } finally {
                durable = identitiesLogged();
            }
        }
        awaitDurable(durable);
    }
}
