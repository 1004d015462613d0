package dev.fakecognito.server.internal.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.model.Fault;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.validation.ServiceModel;
import dev.fakecognito.server.internal.validation.Unicode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The faults of one fake, in the order they apply. Checks each fault when it comes in, and decides for
 * each API call which fault (if any) strikes it, counting hits exactly under concurrent calls. It holds at
 * most {@value #MAX_FAULTS} faults. Fault ids
 * ({@code fault-1}, …) are never reused, so a stale handle never points at a newer fault. Thread-safe.
 */
public final class FaultRegistry {
    /** The most faults a fake holds: each call looks at them in order. */
    static final int MAX_FAULTS = 1000;

    private final FaultRules rules;
    /** Jackson's data binding, loaded with the first fault (a fake without faults never needs it). */
    private static final class Json {
        /** One per JVM: thread-safe and never reconfigured. */
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private final Object lock = new Object();
    private final List<InjectedFault> faults = new ArrayList<>();
    /** Whether {@link #faults} is empty, read without the lock: most fakes never have a fault. */
    private volatile boolean empty = true;

    private long lastId;

    /**
     * Creates an empty registry.
     *
     * @param model the service model the faults are checked against
     */
    public FaultRegistry(ServiceModel model) {
        this.rules = new FaultRules(model);
    }

    Object lock() {
        return lock;
    }

    /**
     * Checks a fault as {@link #inject} would, adding nothing.
     *
     * @throws InvalidFaultException naming the field and value of the first mistake
     */
    public void check(Fault fault) {
        rules.check(fault);
    }

    /**
     * Adds a fault after the others.
     *
     * @return its handle
     * @throws InvalidFaultException naming the field and value of the first mistake; nothing is added
     */
    public FaultHandle inject(Fault fault) {
        checkRoom(1);
        return injectAll(List.of(fault)).get(0);
    }

    /**
     * Checks that this many more faults fit (see {@link #MAX_FAULTS}).
     *
     * @throws InvalidFaultException when they do not
     */
    public void checkRoom(int more) {
        synchronized (lock) {
            if (faults.size() + more > MAX_FAULTS) {
                throw new InvalidFaultException(
                        "",
                        "a fake holds at most " + MAX_FAULTS + " faults and has " + faults.size()
                                + "; remove some (used-up faults stay until removed)");
            }
        }
    }

    /**
     * Adds faults after the others, all or none (after {@link #checkRoom}: the limit is not checked
     * again, so that a document whose faults were checked is never half seeded).
     *
     * @return their handles, in order
     * @throws InvalidFaultException for the first fault with a mistake; nothing is added
     */
    public List<FaultHandle> injectAll(List<Fault> toInject) {
        toInject.forEach(rules::check);
        synchronized (lock) {
            List<FaultHandle> handles = new ArrayList<>();
            for (Fault fault : toInject) {
                InjectedFault injected = prepare("fault-" + ++lastId, fault);
                faults.add(injected);
                handles.add(injected);
            }
            empty = faults.isEmpty();
            return handles;
        }
    }

    /** The faults, in the order they apply (used-up ones included). */
    public List<FaultHandle> list() {
        synchronized (lock) {
            return List.copyOf(faults);
        }
    }

    /** Removes every fault. */
    public void clear() {
        synchronized (lock) {
            faults.forEach(InjectedFault::markRemoved);
            faults.clear();
            empty = true;
        }
    }

    boolean remove(InjectedFault fault) {
        synchronized (lock) {
            boolean removed = faults.remove(fault);
            fault.markRemoved();
            empty = faults.isEmpty();
            return removed;
        }
    }

    /**
     * The fault that strikes an API call, counting the hit: the first (in order) whose operation and
     * {@code match} fit, that has calls left and whose probability draw succeeds.
     *
     * @param operation the call's operation (one of the model's)
     * @param body      the call's body as received, parsed only when a fault needs it; {@code null} when it
     *                  could not be received (over the limit, cut short)
     * @return what the fault does to the call, or {@code null} when no fault strikes it
     */
    public Strike strike(String operation, byte[] body) {
        if (empty) {
            return null;
        }
        return Striking.strike(this, operation, body);
    }

    /**
     * Deciding which fault strikes a call: the code that reads bodies as JSON trees (Jackson's data
     * binding), a class of its own so that it loads with the first fault, never in a fake without one.
     */
    private static final class Striking {
        private Striking() {}

        static Strike strike(FaultRegistry registry, String operation, byte[] body) {
            Supplier<JsonNode> once = memoized(body);
            synchronized (registry.lock) {
                for (InjectedFault fault : registry.faults) {
                    if (fault.strikes(operation, once)) {
                        return fault.strike(once);
                    }
                }
            }
            return null;
        }

        /** The body as JSON, for faults that match on members; {@code null} when it is not JSON. */
        private static JsonNode parseQuietly(byte[] body) {
            if (body == null) {
                return null;
            }
            boolean blank = true;
            for (byte b : body) {
                blank &= b == ' ' || b == '\n' || b == '\r' || b == '\t';
            }
            if (blank) {
                return Json.MAPPER.createObjectNode();
            }
            try {
                JsonNode node = Json.MAPPER.readTree(body);
                Unicode.requireWholeCharacters(node);
                return node == null ? Json.MAPPER.createObjectNode() : node;
            } catch (IOException | CognitoException notJson) {
                return null;
            }
        }

        private static Supplier<JsonNode> memoized(byte[] body) {
            return new Supplier<>() {
                private boolean read;
                private JsonNode value;

                @Override
                public JsonNode get() {
                    if (!read) {
                        value = parseQuietly(body);
                        read = true;
                    }
                    return value;
                }
            };
        }
    }

    private InjectedFault prepare(String id, Fault fault) {
        Fault held = fault.probability() != null && fault.probability() < 1 && fault.seed() == null
                ? fault.seed(ThreadLocalRandom.current().nextLong())
                : fault;
        Map<String, JsonNode> match = new LinkedHashMap<>();
        held.match().forEach((member, value) -> match.put(member, Json.MAPPER.valueToTree(value)));
        Strike.InjectedError error = held.error() == null
                ? null
                : new Strike.InjectedError(
                        held.error(), held.status() != null ? held.status() : statusOf(held.error()), held.message());
        List<String> unprocessed = held.unprocessedIdentityIds();
        Strike strike = new Strike(
                id,
                held.latencyMs() == null ? 0 : held.latencyMs(),
                Fault.CONNECTION_RESET.equals(held.connection()),
                error,
                unprocessed,
                held.unprocessedErrorCode() != null ? held.unprocessedErrorCode() : "InternalServerError");
        return new InjectedFault(this, id, held, match, strike);
    }

    /** AWS's status for a modelled error: 500 for the fault {@code InternalErrorException}, else 400. */
    private static int statusOf(String type) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.type().equals(type)) {
                return code.httpStatus();
            }
        }
        return 400;
    }
}
