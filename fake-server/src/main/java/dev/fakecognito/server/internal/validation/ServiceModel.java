package dev.fakecognito.server.internal.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cognito-identity API model (2014-06-30): its operations, their input members, output and error
 * shapes, and which the SDKs sign. Compiled into {@link CognitoIdentityModel} at build time, so nothing
 * is parsed at run time. Immutable and thread-safe.
 */
public final class ServiceModel {
    private static final ServiceModel BUNDLED = new ServiceModel();

    private final Set<String> operationNames;
    private final Set<String> unsigned;

    private ServiceModel() {
        this.operationNames =
                Collections.unmodifiableSet(new LinkedHashSet<>(List.of(CognitoIdentityModel.OPERATIONS)));
        Set<String> unsigned = new LinkedHashSet<>();
        for (int i = 0; i < CognitoIdentityModel.OPERATIONS.length; i++) {
            if (!CognitoIdentityModel.SIGNED[i]) {
                unsigned.add(CognitoIdentityModel.OPERATIONS[i]);
            }
        }
        this.unsigned = Collections.unmodifiableSet(unsigned);
    }

    /**
     * The model the fake was built with.
     *
     * @return the model
     */
    public static ServiceModel bundled() {
        return BUNDLED;
    }

    /**
     * The names of all operations, in model order.
     *
     * @return an unmodifiable set of operation names ({@code CreateIdentityPool}, {@code GetId}, ...)
     */
    public Set<String> operationNames() {
        return operationNames;
    }

    /**
     * Whether the model has an operation of this name (case-sensitive).
     *
     * @param name an operation name, may be null
     * @return true if the operation exists
     */
    public boolean hasOperation(String name) {
        return index(name) >= 0;
    }

    /**
     * The operations clients call without a signature ({@code GetId}, {@code GetCredentialsForIdentity},
     * {@code GetOpenIdToken}, {@code UnlinkIdentity}): the model marks them {@code authtype: none}.
     *
     * @return an unmodifiable set of operation names, in model order
     */
    public Set<String> unsignedOperations() {
        return unsigned;
    }

    /**
     * Whether the operation has an output shape. Operations without one answer with an empty body.
     *
     * @param operation an operation name
     * @return true if the operation has an output shape; false if it has none or is unknown
     */
    public boolean hasOutput(String operation) {
        int index = index(operation);
        return index >= 0 && CognitoIdentityModel.HAS_OUTPUT[index];
    }

    /**
     * The error shapes the model declares for the operation.
     *
     * @param operation an operation name
     * @return an unmodifiable set of error shape names in model order ({@code ResourceNotFoundException},
     *         ...); empty for an unknown operation
     */
    public Set<String> errorTypes(String operation) {
        int index = index(operation);
        return index < 0
                ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(CognitoIdentityModel.ERRORS[index])));
    }

    /**
     * The top-level members of the operation's input, as on the wire.
     *
     * @param operation an operation name
     * @return an unmodifiable set of member names in model order ({@code IdentityPoolId}, ...); empty for
     *         an unknown operation
     */
    public Set<String> inputMembers(String operation) {
        int index = index(operation);
        return index < 0
                ? Set.of()
                : Collections.unmodifiableSet(
                        new LinkedHashSet<>(Arrays.asList(CognitoIdentityModel.INPUT_MEMBERS[index])));
    }

    /** The index of an operation in the compiled model, or -1 (also for {@code null}). */
    static int index(String operation) {
        return operation == null ? -1 : CognitoIdentityModel.operation(operation);
    }
}
