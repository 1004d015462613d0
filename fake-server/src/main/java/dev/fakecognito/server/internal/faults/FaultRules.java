package dev.fakecognito.server.internal.faults;

import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.internal.Suggestions;
import dev.fakecognito.server.internal.validation.ServiceModel;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a fault valid, from the service model: the one check behind {@code inject}, {@code POST
 * /_fake/faults} and the {@code faults:} of fixture documents. The first mistake is reported with the
 * field and its value.
 */
final class FaultRules {
    /** The longest delay a fault may add: longer than any SDK's default timeouts. */
    static final long MAX_LATENCY_MS = 300_000;

    static final String DELETE_IDENTITIES = "DeleteIdentities";
    /** The values of the model's {@code ErrorCode} enum (for {@code UnprocessedIdentityId}). */
    static final List<String> UNPROCESSED_ERROR_CODES = List.of("AccessDenied", "InternalServerError");
    /** The model's {@code IdentityId} shape: 1 to 55 characters of this pattern. */
    private static final Pattern IDENTITY_ID = Pattern.compile("[\\w-]+:[0-9a-f-]+");

    private static final int MAX_IDENTITY_ID_LENGTH = 55;

    private final ServiceModel model;
    /** The errors every operation declares (the model gives all of them the same few). */
    private final Set<String> errorsOfEveryOperation;
    /** The request members of any operation. */
    private final Set<String> membersOfAnyOperation;

    FaultRules(ServiceModel model) {
        this.model = model;
        Set<String> common = null;
        Set<String> members = new LinkedHashSet<>();
        for (String operation : model.operationNames()) {
            if (common == null) {
                common = new LinkedHashSet<>(model.errorTypes(operation));
            } else {
                common.retainAll(model.errorTypes(operation));
            }
            members.addAll(model.inputMembers(operation));
        }
        this.errorsOfEveryOperation = Set.copyOf(common == null ? Set.of() : common);
        this.membersOfAnyOperation = Set.copyOf(members);
    }

    /**
     * Checks a fault.
     *
     * @throws InvalidFaultException naming the field and value of the first mistake
     */
    void check(Fault fault) {
        String operation = checkOperation(fault.operation());
        boolean any = Fault.ANY_OPERATION.equals(operation);
        if (fault.error() == null
                && fault.latencyMs() == null
                && fault.connection() == null
                && fault.unprocessedIdentityIds().isEmpty()) {
            throw new InvalidFaultException(
                    "", "it does nothing: give it an error, a latencyMs, connection: reset or unprocessedIdentityIds");
        }
        checkError(fault, operation, any);
        checkLatency(fault.latencyMs());
        checkConnection(fault);
        checkUnprocessed(fault, operation);
        if (fault.times() != null && fault.times() < 1) {
            throw new InvalidFaultException(
                    "times", fault.times() + " is less than 1 (leave times out to affect every call)");
        }
        Double probability = fault.probability();
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new InvalidFaultException("probability", probability + " is outside 0..1");
        }
        checkMatch(fault.match(), operation, any);
    }

    private String checkOperation(String operation) {
        if (operation == null || operation.isBlank()) {
            throw new InvalidFaultException(
                    "operation", "missing: name an operation such as GetId, or * for every operation");
        }
        if (!Fault.ANY_OPERATION.equals(operation) && !model.hasOperation(operation)) {
            throw new InvalidFaultException(
                    "operation",
                    "'" + operation + "' is not an operation of Cognito Identity"
                            + Suggestions.suggestion(operation, model.operationNames(), "operations"));
        }
        return operation;
    }

    private void checkError(Fault fault, String operation, boolean any) {
        if (fault.error() == null) {
            if (fault.message() != null) {
                throw new InvalidFaultException("message", "'" + fault.message() + "' needs an error to go with it");
            }
            if (fault.status() != null) {
                throw new InvalidFaultException("status", fault.status() + " needs an error to go with it");
            }
            return;
        }
        Collection<String> allowed = any ? errorsOfEveryOperation : model.errorTypes(operation);
        if (!allowed.contains(fault.error())) {
            String raiser = any ? "every operation" : operation;
            throw new InvalidFaultException(
                    "error",
                    "'" + fault.error() + "' is not an error " + raiser + " can raise"
                            + Suggestions.suggestion(fault.error(), allowed, "errors of " + raiser));
        }
        if (fault.status() != null && (fault.status() < 400 || fault.status() > 599)) {
            throw new InvalidFaultException("status", fault.status() + " is not an error status (400 to 599)");
        }
    }

    private static void checkLatency(Long latencyMs) {
        if (latencyMs == null) {
            return;
        }
        if (latencyMs < 0) {
            throw new InvalidFaultException("latencyMs", latencyMs + " is negative");
        }
        if (latencyMs > MAX_LATENCY_MS) {
            throw new InvalidFaultException(
                    "latencyMs", latencyMs + " is more than " + MAX_LATENCY_MS + " (5 minutes)");
        }
    }

    private static void checkConnection(Fault fault) {
        if (fault.connection() == null) {
            return;
        }
        if (!Fault.CONNECTION_RESET.equals(fault.connection())) {
            throw new InvalidFaultException(
                    "connection", "'" + fault.connection() + "' is not supported; the only value is 'reset'");
        }
        if (fault.error() != null) {
            throw new InvalidFaultException(
                    "connection", "a reset connection gets no answer, so it cannot go with the error " + fault.error());
        }
    }

    private static void checkUnprocessed(Fault fault, String operation) {
        List<String> ids = fault.unprocessedIdentityIds();
        if (ids.isEmpty()) {
            if (fault.unprocessedErrorCode() != null) {
                throw new InvalidFaultException(
                        "unprocessedErrorCode",
                        "'" + fault.unprocessedErrorCode() + "' needs unprocessedIdentityIds to go with it");
            }
            return;
        }
        if (!DELETE_IDENTITIES.equals(operation)) {
            throw new InvalidFaultException(
                    "unprocessedIdentityIds", "only DeleteIdentities reports unprocessed identities, not " + operation);
        }
        if (fault.error() != null || fault.connection() != null) {
            throw new InvalidFaultException(
                    "unprocessedIdentityIds",
                    "a call that fails as a whole has no unprocessed identities; leave out "
                            + (fault.error() != null ? "the error" : "the connection reset"));
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null
                    || id.length() > MAX_IDENTITY_ID_LENGTH
                    || !IDENTITY_ID.matcher(id).matches()) {
                throw new InvalidFaultException(
                        "unprocessedIdentityIds[" + i + "]",
                        (id == null ? "null" : "'" + id + "'") + " is not an identity id such as "
                                + "us-east-1:aaaaaaaa-0000-0000-0000-000000000001");
            }
        }
        String code = fault.unprocessedErrorCode();
        if (code != null && !UNPROCESSED_ERROR_CODES.contains(code)) {
            throw new InvalidFaultException(
                    "unprocessedErrorCode",
                    "'" + code + "' is not an ErrorCode of UnprocessedIdentityIds"
                            + Suggestions.suggestion(code, UNPROCESSED_ERROR_CODES, "codes"));
        }
    }

    private void checkMatch(Map<String, Object> match, String operation, boolean any) {
        Set<String> members = any ? membersOfAnyOperation : model.inputMembers(operation);
        for (Map.Entry<String, Object> member : match.entrySet()) {
            if (member.getKey() == null || member.getKey().isEmpty()) {
                throw new InvalidFaultException("match", "a member without a name");
            }
            String field = "match." + member.getKey();
            if (!members.contains(member.getKey())) {
                throw new InvalidFaultException(
                        field,
                        "'" + member.getKey() + "' is not a request member of "
                                + (any ? "any operation" : operation)
                                + Suggestions.suggestion(member.getKey(), members, "members"));
            }
            Object value = member.getValue();
            if (value == null) {
                throw new InvalidFaultException(field, "null never matches; leave the member out");
            }
            if (!(value instanceof String
                    || value instanceof Number
                    || value instanceof Boolean
                    || value instanceof Collection<?>
                    || value instanceof Map<?, ?>)) {
                throw new InvalidFaultException(
                        field, value + " is not a JSON value (text, number, boolean, list or map)");
            }
        }
    }
}
