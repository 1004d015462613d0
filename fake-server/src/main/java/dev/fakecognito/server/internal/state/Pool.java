package dev.fakecognito.server.internal.state;

import dev.fakecognito.model.internal.Copies;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An identity pool: its settings, roles, tags and principal-tag maps, and its identities with their
 * logins. Settings are immutable records swapped atomically; every change to the identity graph
 * (create, link, merge, unlink, delete) happens under the pool's lock, so concurrent callers never
 * lose or duplicate a login.
 */
public final class Pool {
    /** Linked logins (public providers plus developer user ids) one identity may hold. */
    public static final int MAX_LINKED_LOGINS = 20;
    /** Tags one pool may carry. */
    public static final int MAX_TAGS = 50;

    static final String LOGINS_DONT_MATCH =
            "Logins don't match. Please include at least one valid login for this identity or identity pool.";
    static final String UNAUTHENTICATED_NOT_SUPPORTED =
            "Unauthenticated access is not supported for this identity pool.";

    private final CognitoState state;
    private final String id;
    private final long sequence;
    private final Instant creationDate;
    private final Object lock = new Object();

    private volatile PoolSettings settings;
    private volatile Map<String, String> tags;
    private volatile PoolRoles roles = PoolRoles.NONE;
    private volatile Map<String, PrincipalTagMapping> principalTags = Map.of();

    // guarded by lock
    private boolean deleted;
    private final HashMap<String, Identity> identities = new HashMap<>();
    private final TreeMap<Long, Identity> identitiesInOrder = new TreeMap<>();
    private final HashMap<LoginKey, Identity> loginOwners = new HashMap<>();
    private final HashMap<String, Identity> developerUserOwners = new HashMap<>();
    private final List<MergeRecord> merges = new ArrayList<>();

    Pool(CognitoState state, String id, long sequence, PoolSettings settings, Map<String, String> tags) {
        this.state = state;
        this.id = id;
        this.sequence = sequence;
        this.creationDate = state.now();
        this.settings = settings;
        this.tags = Copies.map(tags);
    }

    /** The identity pool id, {@code <region>:<uuid>}. */
    public String id() {
        return id;
    }

    long sequence() {
        return sequence;
    }

    /** When the pool was created. */
    public Instant creationDate() {
        return creationDate;
    }

    /** The pool ARN, the resource of the tagging calls. */
    public String arn() {
        return Arns.identityPoolArn(state.region(), state.accountId(), id);
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
     * @return the settings now in force
     */
    public PoolSettings update(PoolSettings newSettings, Map<String, String> newTags) {
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
            return newSettings;
        }
    }

    /** Replaces roles and role mappings together. */
    public void setRoles(PoolRoles newRoles) {
        synchronized (lock) {
            ensureLive();
            roles = newRoles;
        }
    }

    /**
     * Adds or overwrites tags.
     *
     * @throws CognitoException {@code InvalidParameterException} when the pool would carry more than {@link #MAX_TAGS}
     */
    public void tag(Map<String, String> added) {
        synchronized (lock) {
            ensureLive();
            Map<String, String> merged = new LinkedHashMap<>(tags);
            merged.putAll(added);
            if (merged.size() > MAX_TAGS) {
                throw CognitoException.invalidParameter("A resource can have at most " + MAX_TAGS
                        + " tags; this request would give it " + merged.size() + ".");
            }
            tags = Copies.map(merged);
        }
    }

    /** Removes tags; keys that are not present are ignored. */
    public void untag(Collection<String> keys) {
        synchronized (lock) {
            ensureLive();
            Map<String, String> remaining = new LinkedHashMap<>(tags);
            remaining.keySet().removeAll(keys);
            tags = Copies.map(remaining);
        }
    }

    /** Stores the principal-tag attribute map of one provider. */
    public void setPrincipalTagMapping(String providerName, PrincipalTagMapping mapping) {
        synchronized (lock) {
            ensureLive();
            Map<String, PrincipalTagMapping> copy = new LinkedHashMap<>(principalTags);
            copy.put(providerName, mapping);
            principalTags = Copies.map(copy);
        }
    }

    /**
     * Fills a pool that is not yet visible to anyone from a seed. Identity ids must be new in the state
     * ({@code existing}) and in the seed list ({@code seen}, to which they are added).
     */
    void seed(int poolIndex, PoolSeed seed, Set<String> seen, Set<String> existing) {
        roles = seed.roles();
        principalTags = seed.principalTags();
        List<IdentitySeed> seeds = seed.identities();
        for (int i = 0; i < seeds.size(); i++) {
            IdentitySeed s = seeds.get(i);
            String identityId = s.id() == null ? state.newId() : s.id();
            if (existing.contains(identityId) || !seen.add(identityId)) {
                throw new SeedException(poolIndex, i, "id", "identity " + identityId + " already exists");
            }
            if (s.logins().size() + s.developerUserIds().size() > MAX_LINKED_LOGINS) {
                throw new SeedException(
                        poolIndex,
                        i,
                        "logins",
                        "an identity can have at most " + MAX_LINKED_LOGINS
                                + " linked logins (logins plus developer users)");
            }
            Instant created = s.creationDate() == null ? state.now() : s.creationDate();
            Identity identity = new Identity(identityId, state.nextSequence(), created);
            identity.lastModifiedDate = s.lastModifiedDate() == null ? created : s.lastModifiedDate();
            identity.disabled = s.disabled();
            identity.mergedInto = s.mergedInto();
            identity.lastRoleArn = s.lastRoleArn();
            for (Map.Entry<String, String> login : s.logins().entrySet()) {
                LoginKey key = new LoginKey(login.getKey(), login.getValue());
                Identity owner = loginOwners.putIfAbsent(key, identity);
                if (owner != null) {
                    throw new SeedException(
                            poolIndex,
                            i,
                            "logins",
                            "login " + key.provider() + " = " + key.user() + " is already used by identity "
                                    + owner.id);
                }
                identity.logins.put(key.provider(), key.user());
            }
            for (String developerUserId : s.developerUserIds()) {
                Identity owner = developerUserOwners.putIfAbsent(developerUserId, identity);
                if (owner != null) {
                    throw new SeedException(
                            poolIndex,
                            i,
                            "developerUserIdentifiers",
                            "developer user " + developerUserId + " is already used by identity " + owner.id);
                }
                identity.developerUserIds.add(developerUserId);
            }
            identities.put(identityId, identity);
            identitiesInOrder.put(identity.sequence, identity);
        }
        for (int i = 0; i < seeds.size(); i++) {
            String mergedInto = seeds.get(i).mergedInto();
            if (mergedInto != null && !identities.containsKey(mergedInto)) {
                throw new SeedException(
                        poolIndex,
                        i,
                        "mergedInto",
                        "mergedInto names " + mergedInto + ", which is not an identity of this pool");
            }
        }
        merges.addAll(seed.merges());
    }

    void markDeleted() {
        synchronized (lock) {
            deleted = true;
            identities.keySet().forEach(state::unindexIdentity);
            identities.clear();
            identitiesInOrder.clear();
            loginOwners.clear();
            developerUserOwners.clear();
        }
    }

    private void ensureLive() {
        if (deleted) {
            throw CognitoException.poolNotFound(id);
        }
    }

    // ---------------------------------------------------------------- identities: reading

    /** The identity with this id, as it is now. */
    public IdentitySnapshot describe(String identityId) {
        synchronized (lock) {
            return identity(identityId).snapshot(id);
        }
    }

    /** The identity a developer user id is linked to, or {@code null}. */
    public IdentitySnapshot ownerOfDeveloperUser(String developerUserId) {
        synchronized (lock) {
            Identity owner = developerUserOwners.get(developerUserId);
            return owner == null ? null : owner.snapshot(id);
        }
    }

    /** Identities in creation order after the given sequence (0 for the first page). */
    public Page<IdentitySnapshot> listIdentities(long afterSequence, int maxResults, boolean hideDisabled) {
        synchronized (lock) {
            ensureLive();
            List<IdentitySnapshot> page = new ArrayList<>(Math.min(maxResults, 64));
            long last = afterSequence;
            boolean more = false;
            for (Identity identity :
                    identitiesInOrder.tailMap(afterSequence, false).values()) {
                if (hideDisabled && identity.disabled) {
                    continue;
                }
                if (page.size() == maxResults) {
                    more = true;
                    break;
                }
                page.add(identity.snapshot(id));
                last = identity.sequence;
            }
            return new Page<>(page, last, more);
        }
    }

    /** Every identity of the pool, in creation order. */
    public List<IdentitySnapshot> identities() {
        synchronized (lock) {
            return identitiesInOrder.values().stream()
                    .map(identity -> identity.snapshot(id))
                    .toList();
        }
    }

    List<String> identityIds() {
        synchronized (lock) {
            return new ArrayList<>(identities.keySet());
        }
    }

    /** The merges that happened in this pool, oldest first. */
    public List<MergeRecord> merges() {
        synchronized (lock) {
            return List.copyOf(merges);
        }
    }

    // ---------------------------------------------------------------- identities: GetId and friends

    /**
     * GetId: a new guest identity when there are no logins; else the identity that owns them, linking
     * logins nobody owns yet and merging when they belong to several identities.
     */
    public IdentitySnapshot getId(List<LoginKey> logins, String operation) {
        synchronized (lock) {
            ensureLive();
            if (logins.isEmpty()) {
                if (!settings.allowUnauthenticatedIdentities()) {
                    throw CognitoException.notAuthorized(UNAUTHENTICATED_NOT_SUPPORTED);
                }
                return newIdentity().snapshot(id);
            }
            Set<Identity> owners = ownersOf(logins, null);
            return linkAndMerge(owners, null, logins, null, operation).snapshot(id);
        }
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
        synchronized (lock) {
            Identity named = identity(identityId);
            Identity effective = successor(named);
            if (provenIdentityId != null) {
                Identity proven = identities.get(provenIdentityId);
                if (proven == null || successor(proven) != effective) {
                    throw CognitoException.notAuthorized("Invalid login token. Couldn't verify signed token.");
                }
            }
            if (logins.isEmpty() && provenIdentityId == null) {
                if (named.authenticated() || named.disabled) {
                    throw forbidden(identityId);
                }
                if (!settings.allowUnauthenticatedIdentities()) {
                    throw CognitoException.notAuthorized(UNAUTHENTICATED_NOT_SUPPORTED);
                }
                return named.snapshot(id);
            }
            if (effective.disabled) {
                throw forbidden(identityId);
            }
            Set<Identity> owners = ownersOf(logins, null);
            if (effective.authenticated() && provenIdentityId == null && !owners.contains(effective)) {
                throw CognitoException.notAuthorized(LOGINS_DONT_MATCH);
            }
            return linkAndMerge(owners, effective, logins, null, operation).snapshot(id);
        }
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
        synchronized (lock) {
            ensureLive();
            Identity devOwner = developerUserOwners.get(developerUserId);
            Set<Identity> owners = ownersOf(logins, devOwner);
            if (identityId == null) {
                return linkAndMerge(owners, null, logins, developerUserId, operation)
                        .snapshot(id);
            }
            Identity named = successor(identity(identityId));
            if (devOwner != null && devOwner != named) {
                throw new CognitoException(
                        ErrorCode.DEVELOPER_USER_ALREADY_REGISTERED,
                        "Developer user '" + developerUserId + "' is already registered with another identity.");
            }
            if (named.disabled) {
                throw forbidden(identityId);
            }
            if (devOwner == null && named.authenticated() && !owners.contains(named)) {
                throw CognitoException.notAuthorized(LOGINS_DONT_MATCH);
            }
            return linkAndMerge(owners, named, logins, developerUserId, operation)
                    .snapshot(id);
        }
    }

    /**
     * MergeDeveloperIdentities: moves everything of the source user's identity to the destination
     * user's identity and disables the source identity.
     *
     * @return the destination identity id
     */
    public String mergeDeveloperUsers(String sourceUserId, String destinationUserId, String operation) {
        synchronized (lock) {
            ensureLive();
            Identity source = developerUser(sourceUserId);
            Identity destination = developerUser(destinationUserId);
            if (source != destination) {
                checkCanHold(destination, List.of(source), List.of(), null);
                mergeInto(destination, List.of(source), operation);
            }
            return destination.id;
        }
    }

    /** UnlinkDeveloperIdentity: removes one developer user id from its identity. */
    public void unlinkDeveloperUser(String identityId, String developerUserId) {
        synchronized (lock) {
            Identity identity = identity(identityId);
            if (!identity.developerUserIds.contains(developerUserId)) {
                throw CognitoException.conflict(
                        "Developer user '" + developerUserId + "' is not linked to identity '" + identityId + "'.");
            }
            identity.developerUserIds.remove(developerUserId);
            developerUserOwners.remove(developerUserId);
            afterUnlink(identity);
        }
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
        synchronized (lock) {
            Identity identity = identity(identityId);
            boolean proven = provenIdentityId != null
                    && identities.get(provenIdentityId) != null
                    && successor(identities.get(provenIdentityId)) == identity;
            if (!proven && proof.stream().noneMatch(login -> loginOwners.get(login) == identity)) {
                throw CognitoException.notAuthorized(LOGINS_DONT_MATCH);
            }
            boolean changed = false;
            for (String provider : providersToRemove) {
                String user = identity.logins.remove(provider);
                if (user != null) {
                    loginOwners.remove(new LoginKey(provider, user));
                    changed = true;
                }
            }
            if (changed) {
                afterUnlink(identity);
            }
        }
    }

    /** Deletes identities; ids that are not in this pool are ignored. */
    public void deleteIdentities(Collection<String> identityIds) {
        synchronized (lock) {
            for (String identityId : identityIds) {
                Identity identity = identities.remove(identityId);
                if (identity == null) {
                    continue;
                }
                identitiesInOrder.remove(identity.sequence);
                identity.logins.forEach((provider, user) -> loginOwners.remove(new LoginKey(provider, user)));
                identity.developerUserIds.forEach(developerUserOwners::remove);
                state.unindexIdentity(identityId);
            }
        }
    }

    /** Remembers the role GetCredentialsForIdentity chose for an identity. */
    public void recordRole(String identityId, String roleArn) {
        synchronized (lock) {
            Identity identity = identities.get(identityId);
            if (identity != null) {
                identity.lastRoleArn = roleArn;
            }
        }
    }

    // ---------------------------------------------------------------- identities: internals

    private Identity identity(String identityId) {
        Identity identity = deleted ? null : identities.get(identityId);
        if (identity == null) {
            throw CognitoException.identityNotFound(identityId);
        }
        return identity;
    }

    private Identity developerUser(String developerUserId) {
        Identity identity = developerUserOwners.get(developerUserId);
        if (identity == null) {
            throw new CognitoException(
                    ErrorCode.RESOURCE_NOT_FOUND, "Developer user '" + developerUserId + "' not found.");
        }
        return identity;
    }

    private static CognitoException forbidden(String identityId) {
        return CognitoException.notAuthorized("Access to Identity '" + identityId + "' is forbidden.");
    }

    /** Follows merges to the identity that holds a merged identity's logins now. */
    private Identity successor(Identity identity) {
        Identity current = identity;
        for (int hops = 0; current.mergedInto != null && hops < 1000; hops++) {
            Identity next = identities.get(current.mergedInto);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    private Set<Identity> ownersOf(List<LoginKey> logins, Identity first) {
        Set<Identity> owners = new LinkedHashSet<>();
        if (first != null) {
            owners.add(first);
        }
        for (LoginKey login : logins) {
            Identity owner = loginOwners.get(login);
            if (owner != null) {
                owners.add(owner);
            }
        }
        return owners;
    }

    /**
     * Picks the survivor among the owners (and the named identity), checks the union fits, merges the
     * others into it and links the new logins. Survivor rule: an authenticated identity wins over a
     * guest; among authenticated identities the oldest wins.
     */
    private Identity linkAndMerge(
            Set<Identity> owners, Identity named, List<LoginKey> logins, String developerUserId, String operation) {
        Set<Identity> all = new LinkedHashSet<>();
        if (named != null) {
            all.add(named);
        }
        all.addAll(owners);
        if (all.isEmpty()) {
            checkCanHold(null, List.of(), logins, developerUserId);
            Identity created = newIdentity();
            link(created, logins, developerUserId, false);
            return created;
        }
        Identity survivor = all.stream()
                .min(Comparator.comparing((Identity identity) -> !identity.authenticated())
                        .thenComparingLong(identity -> identity.sequence))
                .orElseThrow();
        List<Identity> others =
                all.stream().filter(identity -> identity != survivor).toList();
        checkCanHold(survivor, others, logins, developerUserId);
        if (!others.isEmpty()) {
            mergeInto(survivor, others, operation);
        }
        link(survivor, logins, developerUserId, true);
        return survivor;
    }

    private void checkCanHold(Identity survivor, List<Identity> others, List<LoginKey> logins, String developerUserId) {
        Map<String, String> union = new HashMap<>();
        Set<String> developerUsers = new LinkedHashSet<>();
        List<Identity> parts = new ArrayList<>(others.size() + 1);
        if (survivor != null) {
            parts.add(survivor);
        }
        parts.addAll(others);
        List<LoginKey> all = new ArrayList<>();
        for (Identity part : parts) {
            part.logins.forEach((provider, user) -> all.add(new LoginKey(provider, user)));
            developerUsers.addAll(part.developerUserIds);
        }
        all.addAll(logins);
        for (LoginKey login : all) {
            String previous = union.putIfAbsent(login.provider(), login.user());
            if (previous != null && !previous.equals(login.user())) {
                throw CognitoException.conflict(
                        "Logins already linked to a different identity for provider " + login.provider() + ".");
            }
        }
        if (developerUserId != null) {
            developerUsers.add(developerUserId);
        }
        int count = union.size() + developerUsers.size();
        if (count > MAX_LINKED_LOGINS) {
            throw CognitoException.conflict("An identity can have at most " + MAX_LINKED_LOGINS
                    + " linked logins; this request would link " + count + ".");
        }
    }

    private void mergeInto(Identity survivor, List<Identity> others, String operation) {
        Instant now = state.now();
        for (Identity other : others) {
            other.logins.forEach((provider, user) -> {
                survivor.logins.put(provider, user);
                loginOwners.put(new LoginKey(provider, user), survivor);
            });
            for (String developerUserId : other.developerUserIds) {
                survivor.developerUserIds.add(developerUserId);
                developerUserOwners.put(developerUserId, survivor);
            }
            other.logins.clear();
            other.developerUserIds.clear();
            other.disabled = true;
            other.mergedInto = survivor.id;
            other.lastModifiedDate = now;
            merges.add(new MergeRecord(other.id, survivor.id, now, operation));
        }
        survivor.lastModifiedDate = now;
    }

    private void link(Identity identity, List<LoginKey> logins, String developerUserId, boolean touch) {
        boolean changed = false;
        for (LoginKey login : logins) {
            if (!login.user().equals(identity.logins.get(login.provider()))) {
                identity.logins.put(login.provider(), login.user());
                loginOwners.put(login, identity);
                changed = true;
            }
        }
        if (developerUserId != null && identity.developerUserIds.add(developerUserId)) {
            developerUserOwners.put(developerUserId, identity);
            changed = true;
        }
        if (changed && touch) {
            identity.lastModifiedDate = state.now();
        }
    }

    private void afterUnlink(Identity identity) {
        identity.lastModifiedDate = state.now();
        if (!identity.authenticated()) {
            identity.disabled = true;
        }
    }

    private Identity newIdentity() {
        Identity identity = new Identity(state.newId(), state.nextSequence(), state.now());
        identities.put(identity.id, identity);
        identitiesInOrder.put(identity.sequence, identity);
        state.indexIdentity(identity.id, this);
        return identity;
    }
}
