package dev.fakecognito.server.internal.operations;

/**
 * One API operation of the service: its input record type and what it does. Implementations are
 * named exactly like the operation ({@code GetId}, {@code MergeDeveloperIdentities}, …).
 *
 * @param <I> the input record (a {@code dev.fakecognito.server.internal.wire} type)
 * @param <O> the output record, or {@link Void} for operations whose response body is empty
 */
public interface Operation<I, O> {

    /** The record the JSON request body binds to. */
    Class<I> inputType();

    /**
     * Runs the operation on a request that already passed the model's constraint checks.
     *
     * @param input the request
     * @return the response, or {@code null} for an empty body
     * @throws dev.fakecognito.server.internal.errors.CognitoException the error the real service would answer
     */
    O handle(I input);

    /**
     * Whether the operation may sign or verify tokens with RSA (or generate the key): too slow to run on
     * the HTTP I/O thread, so the protocol layer hands it to a worker thread.
     */
    default boolean usesRsa() {
        return false;
    }

    /** The operation name, as in {@code X-Amz-Target}: the simple class name. */
    default String name() {
        return getClass().getSimpleName();
    }
}
