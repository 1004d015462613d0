package dev.fakecognito.server.internal.state;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The identities of one pool and who owns each login (docs/reference/behaviour/identities.md):
 * creating, linking, merging (with its records and the successor of a merged identity), unlinking and
 * deleting. Not thread-safe on its own: only its {@link Pool} calls it, always holding the pool's
 * lock (or, when seeding, before anyone can see the pool), so that each change is atomic and
 * concurrent callers never lose or duplicate a login.
 */
final class IdentityGraph {
    /** Linked logins (public providers plus developer user ids) one identity may hold. */
    static final int MAX_LINKED_LOGINS = 20;

    private static final String LOGINS_DONT_MATCH =
            "Logins don't match. Please include at least one valid login for this identity or identity pool.";
    private static final String UNAUTHENTICATED_NOT_SUPPORTED =
            "Unauthenticated access is not supported for this identity pool.";

    private final CognitoState state;
    private final Pool pool;
    private final HashMap<String, Identity> identities = new HashMap<>();
    private final TreeMap<Long, Identity> identitiesInOrder = new TreeMap<>();
    private final HashMap<LoginKey, Identity> loginOwners = new HashMap<>();
    private final HashMap<String, Identity> developerUserOwners = new HashMap<>();
    private final List<MergeRecord> merges = new ArrayList<>();

    // What the current operation changed, kept only while the state has a log (a data directory).
    private final LinkedHashSet<Identity> changedIdentities = new LinkedHashSet<>();
    private final List<String> deletedIds = new ArrayList<>();
    private final List<MergeRecord> newMerges = new ArrayList<>();

    IdentityGraph(CognitoState state, Pool pool) {
        this.state = state;
        this.pool = pool;
    }

    // ---------------------------------------------------------------- seeding and deleting the pool

    /**
     * Fills the graph of a pool that is not yet visible to anyone. Identity ids must be new in the state
     * ({@code existing}) and in the seed list ({@code seen}, to which they are added).
     */
    void seed(
            int poolIndex,
            List<IdentitySnapshot> seeds,
            List<MergeRecord> seededMerges,
            Set<String> seen,
            Set<String> existing) {
        for (int i = 0; i < seeds.size(); i++) {
            IdentitySnapshot s = seeds.get(i);
            String identityId = s.identityId() == null ? state.newId(pool.region()) : s.identityId();
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
            identity.lastSessionTags = s.sessionTags();
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
        merges.addAll(seededMerges);
    }

    /** Drops every identity with its logins (the pool is deleted); the merge history stays. */
    void removeAll() {
        identities.keySet().forEach(state::unindexIdentity);
        identities.clear();
        identitiesInOrder.clear();
        loginOwners.clear();
        developerUserOwners.clear();
    }

    // ---------------------------------------------------------------- what an operation changed, for the log

    /** Notes a changed identity when the state keeps a log. */
    private void changed(Identity identity) {
        if (state.log() != null) {
            changedIdentities.add(identity);
        }
    }

    /** Hands what the last operation changed to the log and forgets it; {@code null} when nothing changed. */
    CompletableFuture<Void> drainChanges(StateLog log) {
        if (changedIdentities.isEmpty() && deletedIds.isEmpty() && newMerges.isEmpty()) {
            return null;
        }
        List<IdentitySnapshot> snapshots = new ArrayList<>(changedIdentities.size());
        for (Identity identity : changedIdentities) {
            if (identities.get(identity.id) == identity) {
                snapshots.add(identity.snapshot());
            }
        }
        CompletableFuture<Void> durable =
                log.identitiesChanged(pool, snapshots, List.copyOf(deletedIds), List.copyOf(newMerges));
        changedIdentities.clear();
        deletedIds.clear();
        newMerges.clear();
        return durable;
    }

    // ---------------------------------------------------------------- reading

    IdentitySnapshot describe(String identityId) {
        return identity(identityId).snapshot();
    }

    IdentitySnapshot ownerOfDeveloperUser(String developerUserId) {
        Identity owner = developerUserOwners.get(developerUserId);
        return owner == null ? null : owner.snapshot();
    }

    Page<IdentitySnapshot> list(long afterSequence, int maxResults, boolean hideDisabled) {
        List<IdentitySnapshot> page = new ArrayList<>(Math.min(maxResults, 64));
        long last = afterSequence;
        boolean more = false;
        for (Identity identity : identitiesInOrder.tailMap(afterSequence, false).values()) {
            if (hideDisabled && identity.disabled) {
                continue;
            }
            if (page.size() == maxResults) {
                more = true;
                break;
            }
            page.add(identity.snapshot());
            last = identity.sequence;
        }
        return new Page<>(page, last, more);
    }

    List<IdentitySnapshot> all() {
        List<IdentitySnapshot> snapshots = new ArrayList<>(identitiesInOrder.size());
        for (Identity identity : identitiesInOrder.values()) {
            snapshots.add(identity.snapshot());
        }
        return snapshots;
    }

    List<String> ids() {
        return new ArrayList<>(identities.keySet());
    }

    List<MergeRecord> merges() {
        return List.copyOf(merges);
    }

    /** A page of the identities a search finds, and how many it finds in all; scans without copying. */
    IdentitySearch.Result search(IdentitySearch search) {
        List<IdentitySnapshot> page = new ArrayList<>(Math.min(search.limit(), 256));
        int total = 0;
        for (Identity identity : identitiesInOrder.values()) {
            if (search.matches(identity)) {
                if (total >= search.offset() && page.size() < search.limit()) {
                    page.add(identity.snapshot());
                }
                total++;
            }
        }
        return new IdentitySearch.Result(page, total);
    }

    IdentityCounts counts() {
        int disabled = 0;
        for (Identity identity : identitiesInOrder.values()) {
            if (identity.disabled) {
                disabled++;
            }
        }
        return new IdentityCounts(identities.size(), disabled, merges.size());
    }

    // ---------------------------------------------------------------- resolving, linking and merging

    /** GetId; see {@link Pool#getId}. */
    String getId(List<LoginKey> logins, boolean allowUnauthenticated, String operation) {
        if (logins.isEmpty()) {
            if (!allowUnauthenticated) {
                throw CognitoException.notAuthorized(UNAUTHENTICATED_NOT_SUPPORTED);
            }
            return newIdentity().id;
        }
        Identity owner = soleOwner(logins);
        if (owner != null) {
            return owner.id; // every login is the owner's already: nothing to link or merge
        }
        return linkAndMerge(ownersOf(logins, null), null, logins, null, operation).id;
    }

    /** The identity that owns every one of the logins, or {@code null} when some have none or another owner. */
    private Identity soleOwner(List<LoginKey> logins) {
        Identity sole = null;
        for (LoginKey login : logins) {
            Identity owner = loginOwners.get(login);
            if (owner == null || sole != null && owner != sole) {
                return null;
            }
            sole = owner;
        }
        return sole;
    }

    /** The calls that name an identity; see {@link Pool#authenticate}. */
    IdentitySnapshot authenticate(
            String identityId,
            List<LoginKey> logins,
            String provenIdentityId,
            boolean allowUnauthenticated,
            String operation) {
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
            if (!allowUnauthenticated) {
                throw CognitoException.notAuthorized(UNAUTHENTICATED_NOT_SUPPORTED);
            }
            return named.snapshot();
        }
        if (effective.disabled) {
            throw forbidden(identityId);
        }
        Set<Identity> owners = ownersOf(logins, null);
        if (effective.authenticated() && provenIdentityId == null && !owners.contains(effective)) {
            throw CognitoException.notAuthorized(LOGINS_DONT_MATCH);
        }
        return linkAndMerge(owners, effective, logins, null, operation).snapshot();
    }

    /** GetOpenIdTokenForDeveloperIdentity; see {@link Pool#developerIdentity}. */
    IdentitySnapshot developerIdentity(
            String identityId, String developerUserId, List<LoginKey> logins, String operation) {
        Identity devOwner = developerUserOwners.get(developerUserId);
        Set<Identity> owners = ownersOf(logins, devOwner);
        if (identityId == null) {
            return linkAndMerge(owners, null, logins, developerUserId, operation)
                    .snapshot();
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
        return linkAndMerge(owners, named, logins, developerUserId, operation).snapshot();
    }

    /** MergeDeveloperIdentities; see {@link Pool#mergeDeveloperUsers}. */
    String mergeDeveloperUsers(String sourceUserId, String destinationUserId, String operation) {
        Identity source = developerUser(sourceUserId);
        Identity destination = developerUser(destinationUserId);
        if (source != destination) {
            checkCanHold(destination, List.of(source), List.of(), null);
            mergeInto(destination, List.of(source), operation);
        }
        return destination.id;
    }

    // ---------------------------------------------------------------- unlinking and deleting

    void unlinkDeveloperUser(String identityId, String developerUserId) {
        Identity identity = identity(identityId);
        if (!identity.developerUserIds.contains(developerUserId)) {
            throw CognitoException.conflict(
                    "Developer user '" + developerUserId + "' is not linked to identity '" + identityId + "'.");
        }
        identity.developerUserIds.remove(developerUserId);
        developerUserOwners.remove(developerUserId);
        afterUnlink(identity);
    }

    /** UnlinkIdentity; see {@link Pool#unlinkLogins}. */
    void unlinkLogins(
            String identityId, List<LoginKey> proof, String provenIdentityId, Collection<String> providersToRemove) {
        Identity identity = identity(identityId);
        Identity proven = provenIdentityId == null ? null : identities.get(provenIdentityId);
        boolean provenOwner = proven != null && successor(proven) == identity;
        if (!provenOwner && proof.stream().noneMatch(login -> loginOwners.get(login) == identity)) {
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

    /**
     * Deletes identities, keeping the merge graph whole: merge records that name a deleted identity go,
     * and identities merged into one forget it (they stay disabled, without logins), so that a
     * snapshot names only identities that exist and seeds an equal world.
     */
    void delete(Collection<String> identityIds) {
        Set<String> deleted = new HashSet<>();
        for (String identityId : identityIds) {
            Identity identity = identities.remove(identityId);
            if (identity == null) {
                continue;
            }
            deleted.add(identityId);
            if (state.log() != null) {
                deletedIds.add(identityId);
            }
            identitiesInOrder.remove(identity.sequence);
            identity.logins.forEach((provider, user) -> loginOwners.remove(new LoginKey(provider, user)));
            identity.developerUserIds.forEach(developerUserOwners::remove);
            state.unindexIdentity(identityId);
        }
        if (!deleted.isEmpty()) {
            merges.removeIf(merge ->
                    deleted.contains(merge.sourceIdentityId()) || deleted.contains(merge.destinationIdentityId()));
            for (Identity identity : identities.values()) {
                if (identity.mergedInto != null && deleted.contains(identity.mergedInto)) {
                    identity.mergedInto = null;
                    changed(identity);
                }
            }
        }
    }

    void recordCredentials(String identityId, String roleArn, Map<String, String> sessionTags) {
        Identity identity = identities.get(identityId);
        if (identity != null) {
            identity.lastRoleArn = roleArn;
            identity.lastSessionTags = sessionTags;
            changed(identity);
        }
    }

    // ---------------------------------------------------------------- internals

    private Identity identity(String identityId) {
        Identity identity = identities.get(identityId);
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
     * guest; among equals the one with the earliest {@code CreationDate} wins, and of identities created
     * in the same instant the one created first by this fake.
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
                        .thenComparing(identity -> identity.creationDate)
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
            MergeRecord merge = new MergeRecord(other.id, survivor.id, now, operation);
            merges.add(merge);
            if (state.log() != null) {
                newMerges.add(merge);
                changedIdentities.add(other);
            }
        }
        survivor.lastModifiedDate = now;
        changed(survivor);
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
        if (changed) {
            changed(identity);
        }
    }

    private void afterUnlink(Identity identity) {
        identity.lastModifiedDate = state.now();
        if (!identity.authenticated()) {
            identity.disabled = true;
        }
        changed(identity);
    }

    private Identity newIdentity() {
        Identity identity = new Identity(state.newId(pool.region()), state.nextSequence(), state.now());
        identities.put(identity.id, identity);
        identitiesInOrder.put(identity.sequence, identity);
        state.indexIdentity(identity.id, pool);
        changed(identity);
        return identity;
    }
}
