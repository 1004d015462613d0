package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.tokens.CredentialsGenerator;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import java.lang.reflect.ParameterizedType;

/**
 * One API operation of the service: its input record type and what it does. Each operation is a final
 * class of this package named exactly like the operation ({@code GetId}, {@code MergeDeveloperIdentities},
 * …) that extends this class directly with concrete type arguments, from which its input type is read,
 * and implements {@link #handle}; {@link Operations} holds them all.
 *
 * @param <I> the input record (a {@code dev.fakecognito.server.internal.wire} type)
 * @param <O> the output record, or {@link Void} for operations whose response body is empty
 */
public abstract class Operation<I, O> {

    /**
     * What the operations of one fake work with.
     *
     * @param state       the pools and identities
     * @param logins      checks the {@code Logins} of a request
     * @param issuer      signs (and verifies) this fake's OpenID tokens
     * @param credentials makes temporary credentials
     */
    record Collaborators(
            CognitoState state, Logins logins, OpenIdTokenIssuer issuer, CredentialsGenerator credentials) {}

    final CognitoState state;
    final Logins logins;
    final OpenIdTokenIssuer issuer;
    final CredentialsGenerator credentials;
    private final String name = getClass().getSimpleName();
    /** Read from the class's type arguments on first use only: reflection on generics loads ~30 classes. */
    private volatile Class<I> inputType;

    Operation(Collaborators collaborators) {
        this.state = collaborators.state();
        this.logins = collaborators.logins();
        this.issuer = collaborators.issuer();
        this.credentials = collaborators.credentials();
    }

    /** The record the JSON request body binds to. */
    public final Class<I> inputType() {
        Class<I> type = inputType;
        if (type == null) {
            type = inputTypeOf(getClass());
            inputType = type;
        }
        return type;
    }

    /**
     * Runs the operation on a request that already passed the model's constraint checks. Signed
     * operations see only the caller's pools; the unsigned ones find pools by id.
     *
     * @param caller the region and account of the call
     * @param input  the request
     * @return the response, or {@code null} for an empty body
     * @throws dev.fakecognito.server.internal.errors.CognitoException the error the real service would answer
     */
    public abstract O handle(Caller caller, I input);

    /**
     * Whether the operation may sign or verify tokens with RSA (or generate the key): too slow to run on
     * the HTTP I/O thread, so the protocol layer hands it to a worker thread.
     */
    public boolean usesRsa() {
        return false;
    }

    /**
     * Whether the operation never changes the state. With a data directory every other one may wait for
     * its change to reach the disk, so the protocol layer runs it on a worker thread.
     */
    public boolean readOnly() {
        return false;
    }

    /** The operation name, as in {@code X-Amz-Target}: the simple class name. */
    public final String name() {
        return name;
    }

    /** The first type argument the operation class gives this class. */
    @SuppressWarnings("unchecked")
    private static <I> Class<I> inputTypeOf(Class<?> operation) {
        if (operation.getGenericSuperclass() instanceof ParameterizedType superclass
                && superclass.getRawType() == Operation.class
                && superclass.getActualTypeArguments()[0] instanceof Class<?> input) {
            return (Class<I>) input;
        }
        throw new IllegalStateException(
                operation.getName() + " must extend Operation directly, naming its input record as a type argument");
    }
}
