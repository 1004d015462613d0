package dev.fakecognito.server.internal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.tokens.CredentialsGenerator;
import dev.fakecognito.server.internal.tokens.LoginTokenReader;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import dev.fakecognito.server.internal.validation.ServiceModel;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The table of operations: one per operation of the model, each binding a request record of the wire
 * package (read from its type arguments), and exactly the operations that sign or verify tokens sent
 * to worker threads.
 */
class OperationsTest {
    private final Clock clock = Clock.systemUTC();
    private final CognitoState state = new CognitoState("us-east-1", "123456789012", clock, UUID::randomUUID);
    private final OpenIdTokenIssuer issuer =
            new OpenIdTokenIssuer("us-east-1", "https://cognito-identity.amazonaws.com", clock);
    private final Operations operations =
            new Operations(state, issuer, new LoginTokenReader(clock), new CredentialsGenerator(clock));

    @Test
    void holdsEveryOperationOfTheModelUnderItsName() {
        assertThat(operations.names())
                .containsExactlyInAnyOrderElementsOf(ServiceModel.bundled().operationNames());
        operations
                .names()
                .forEach(name -> assertThat(operations.get(name).name()).isEqualTo(name));
    }

    @Test
    void eachOperationBindsARequestRecordOfTheWirePackage() {
        operations
                .names()
                .forEach(name -> assertThat(operations.get(name).inputType())
                        .as(name)
                        .matches(Class::isRecord, "is a record")
                        .matches(
                                type -> type.getPackageName().equals("dev.fakecognito.server.internal.wire"),
                                "is a wire type"));
        assertThat(operations.get("GetId").inputType().getSimpleName()).isEqualTo("GetIdInput");
        assertThat(operations.get("CreateIdentityPool").inputType().getSimpleName())
                .isEqualTo("IdentityPool");
    }

    @Test
    void exactlyTheOperationsThatSignOrVerifyTokensUseRsa() {
        assertThat(operations.names().stream()
                        .filter(name -> operations.get(name).usesRsa()))
                .containsExactlyInAnyOrder(
                        "GetOpenIdToken",
                        "GetOpenIdTokenForDeveloperIdentity",
                        "GetCredentialsForIdentity",
                        "UnlinkIdentity");
    }

    /** An operation class that does not name its input type. */
    static final class Unbound<I> extends Operation<I, Void> {
        Unbound(Collaborators collaborators) {
            super(collaborators);
        }

        @Override
        public Void handle(dev.fakecognito.server.internal.state.Caller caller, I input) {
            return null;
        }
    }

    /** The build refuses such a class first (the model's generator reads the type arguments). */
    @Test
    void anOperationThatDoesNotNameItsInputTypeHasNone() {
        Unbound<String> unbound = new Unbound<>(new Operation.Collaborators(state, null, issuer, null));

        assertThatThrownBy(unbound::inputType)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unbound")
                .hasMessageContaining("naming its input record");
    }
}
