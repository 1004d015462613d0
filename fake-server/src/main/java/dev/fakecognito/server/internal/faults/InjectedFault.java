package dev.fakecognito.server.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A fault in a {@link FaultRegistry}: the fault, what it compares calls with, its random draws and how
 * often it struck. Its mutable state is guarded by the registry's lock.
 */
final class InjectedFault implements FaultHandle {
    /** Scalars are equal when their text is ("60" matches 60); structures are compared member by member. */
    private static final Comparator<JsonNode> SCALARS_AS_TEXT = (a, b) -> {
        if (a.isValueNode() && b.isValueNode()) {
            return a.asText().equals(b.asText()) ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    private final FaultRegistry registry;
    private final String id;
    private final Fault fault;
    private final Map<String, JsonNode> match;
    private final SplittableRandom random;
    /** What the fault does; an error's message is {@code null} when it depends on the call. */
    private final Strike strike;

    private int hits;
    private boolean removed;

    InjectedFault(FaultRegistry registry, String id, Fault fault, Map<String, JsonNode> match, Strike strike) {
        this.registry = registry;
        this.id = id;
        this.fault = fault;
        this.match = match;
        this.random = fault.seed() == null ? null : new SplittableRandom(fault.seed());
        this.strike = strike;
    }

    /**
     * Whether this fault strikes the call, counting the hit when it does; called under the registry's lock.
     *
     * @param operation the call's operation
     * @param body      the call's JSON body, parsed when first needed ({@code null} when it is not JSON)
     */
    boolean strikes(String operation, Supplier<JsonNode> body) {
        if (!Fault.ANY_OPERATION.equals(fault.operation()) && !fault.operation().equals(operation)) {
            return false;
        }
        if (fault.times() != null && hits >= fault.times()) {
            return false;
        }
        if (!match.isEmpty() || !strike.unprocessedIdentityIds().isEmpty()) {
            JsonNode request = body.get();
            if (request == null || !matches(request) || !namesAnUnprocessedIdentity(request)) {
                return false;
            }
        }
        if (fault.probability() != null && fault.probability() < 1 && random.nextDouble() >= fault.probability()) {
            return false;
        }
        hits++;
        return true;
    }

    private boolean matches(JsonNode request) {
        for (Map.Entry<String, JsonNode> member : match.entrySet()) {
            JsonNode actual = request.get(member.getKey());
            if (actual == null || !member.getValue().equals(SCALARS_AS_TEXT, actual)) {
                return false;
            }
        }
        return true;
    }

    private boolean namesAnUnprocessedIdentity(JsonNode request) {
        List<String> kept = strike.unprocessedIdentityIds();
        if (kept.isEmpty()) {
            return true;
        }
        for (JsonNode id : request.path(Strike.IDENTITY_IDS_TO_DELETE)) {
            if (kept.contains(id.asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the fault does to a call it strikes; an error without a message of the fault's own gets AWS's
     * text for its code.
     */
    Strike strike(Supplier<JsonNode> body) {
        Strike.InjectedError error = strike.error();
        if (error == null || error.message() != null) {
            return strike;
        }
        return new Strike(
                strike.faultId(),
                strike.latencyMs(),
                strike.resetConnection(),
                new Strike.InjectedError(error.type(), error.status(), ErrorMessages.of(error.type(), body.get())),
                strike.unprocessedIdentityIds(),
                strike.unprocessedErrorCode());
    }

    /** Marks the fault as gone from its registry; called under the registry's lock. */
    void markRemoved() {
        removed = true;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Fault fault() {
        return fault;
    }

    @Override
    public int hits() {
        synchronized (registry.lock()) {
            requirePresent();
            return hits;
        }
    }

    @Override
    public OptionalInt remaining() {
        synchronized (registry.lock()) {
            requirePresent();
            return fault.times() == null ? OptionalInt.empty() : OptionalInt.of(fault.times() - hits);
        }
    }

    @Override
    public boolean remove() {
        return registry.remove(this);
    }

    private void requirePresent() {
        if (removed) {
            throw new IllegalStateException("Fault " + id + " is no longer in the fake (removed, cleared or reset)");
        }
    }

    @Override
    public String toString() {
        return id + " " + fault;
    }
}
