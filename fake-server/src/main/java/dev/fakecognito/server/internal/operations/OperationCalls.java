package dev.fakecognito.server.internal.operations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.wire.DeleteIdentitiesInput;
import dev.fakecognito.server.internal.wire.DeleteIdentitiesResponse;
import dev.fakecognito.server.internal.wire.UnprocessedIdentityId;
import dev.fakecognito.server.internal.wire.WireCodecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an operation on a checked request: binds the read members to its input record, handles it and
 * writes its output record as the answer's body, all with the model's compiled codecs
 * ({@link WireCodecs}; Jackson's streaming API, no data binding).
 */
public final class OperationCalls {
    private static final byte[] NO_BYTES = {};
    /** Jackson's streaming writer: thread-safe and never reconfigured. */
    private static final JsonFactory JSON = new JsonFactory();

    private OperationCalls() {}

    /**
     * Runs a call.
     *
     * @param operation the operation
     * @param caller    the region and account of the call
     * @param members   its input's members in the model's order, checked ({@code null} when the body had none)
     * @return the answer's body: UTF-8 JSON, empty for an operation without output
     * @throws dev.fakecognito.server.internal.errors.CognitoException the error the real service would answer
     */
    public static byte[] call(Operation<?, ?> operation, Caller caller, Object[] members) {
        return write(operation, handle(operation, caller, WireCodecs.input(operation.name(), members)));
    }

    /**
     * Runs a DeleteIdentities call that an injected fault keeps from some identities: they are left
     * alone and answered in {@code UnprocessedIdentityIds}, in the order the request named them.
     *
     * @param operation DeleteIdentities (any other runs as {@link #call} does)
     * @param caller    the region and account of the call
     * @param members   its input's members, checked
     * @param kept      the identities not to delete
     * @param errorCode their {@code ErrorCode}
     */
    public static byte[] callKeeping(
            Operation<?, ?> operation, Caller caller, Object[] members, List<String> kept, String errorCode) {
        Object input = WireCodecs.input(operation.name(), members);
        if (!(input instanceof DeleteIdentitiesInput delete) || kept.isEmpty()) {
            return write(operation, handle(operation, caller, input));
        }
        List<String> deleted = new ArrayList<>();
        for (String id : delete.identityIdsToDelete()) {
            if (!kept.contains(id)) {
                deleted.add(id);
            }
        }
        DeleteIdentitiesResponse response =
                (DeleteIdentitiesResponse) handle(operation, caller, new DeleteIdentitiesInput(deleted));
        List<UnprocessedIdentityId> unprocessed = new ArrayList<>();
        if (response.unprocessedIdentityIds() != null) {
            unprocessed.addAll(response.unprocessedIdentityIds());
        }
        for (String id : delete.identityIdsToDelete()) {
            if (kept.contains(id)) {
                unprocessed.add(new UnprocessedIdentityId(id, errorCode));
            }
        }
        return write(operation, new DeleteIdentitiesResponse(unprocessed));
    }

    @SuppressWarnings("unchecked")
    private static <I, O> O handle(Operation<I, O> operation, Caller caller, Object input) {
        return operation.handle(caller, (I) input);
    }

    private static byte[] write(Operation<?, ?> operation, Object output) {
        if (output == null) {
            return NO_BYTES;
        }
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(128)) {
            try (JsonGenerator json = JSON.createGenerator(bytes)) {
                WireCodecs.write(operation.name(), output, json);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
    }
}
