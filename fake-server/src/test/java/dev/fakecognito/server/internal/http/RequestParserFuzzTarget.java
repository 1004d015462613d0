package dev.fakecognito.server.internal.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.operations.Operation;
import dev.fakecognito.server.internal.operations.Operations;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.tokens.CredentialsGenerator;
import dev.fakecognito.server.internal.tokens.LoginTokenReader;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import dev.fakecognito.server.internal.validation.RequestValidator;
import dev.fakecognito.server.internal.validation.ServiceModel;
import dev.fakecognito.server.internal.validation.Unicode;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Coverage-guided fuzzing (Jazzer) of what reads an API call before any operation runs, as
 * {@link ApiHandler} does it: the awsJson parser, the whole-characters check, the model validator and
 * the binding to the operation's input record. Only the errors the API answers with may come out
 * ({@link CognitoException}; malformed JSON as Jackson's exceptions, answered
 * {@code SerializationException}); anything else, a hang or running out of memory is a finding.
 * {@code mvn verify} fuzzes it for 20 s; other runs replay the saved inputs.
 */
class RequestParserFuzzTarget {
    private static final ObjectMapper JSON = AwsJson.MAPPER;
    private static final RequestValidator VALIDATOR = new RequestValidator(ServiceModel.load());
    private static final List<Operation<?, ?>> OPERATIONS;

    static {
        Clock clock = Clock.systemUTC();
        Operations operations = new Operations(
                new CognitoState("us-east-1", "123456789012", clock, UUID::randomUUID),
                new OpenIdTokenIssuer("us-east-1", "https://cognito-identity.amazonaws.com", clock),
                new LoginTokenReader(clock),
                new CredentialsGenerator(clock));
        OPERATIONS = ServiceModel.load().operationNames().stream()
                .sorted()
                .<Operation<?, ?>>map(operations::get)
                .toList();
    }

    @FuzzTest(maxDuration = "20s")
    void parseValidateAndBind(FuzzedDataProvider data) {
        Operation<?, ?> operation = OPERATIONS.get(data.consumeInt(0, OPERATIONS.size() - 1));
        byte[] body = data.consumeRemainingAsBytes();
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException malformed) {
            return; // SerializationException
        }
        try {
            Unicode.requireWholeCharacters(tree);
            VALIDATOR.validate(operation.name(), tree);
            if (tree != null && !tree.isMissingNode()) {
                JSON.treeToValue(tree, operation.inputType());
            }
        } catch (CognitoException | JsonProcessingException | IllegalArgumentException answered) {
            // the API answers these (SerializationException, ValidationException, ...)
        }
    }
}
