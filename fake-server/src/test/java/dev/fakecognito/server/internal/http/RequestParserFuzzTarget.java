package dev.fakecognito.server.internal.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.validation.RequestBody;
import dev.fakecognito.server.internal.validation.RequestValidator;
import dev.fakecognito.server.internal.validation.ServiceModel;
import dev.fakecognito.server.internal.wire.WireCodecs;
import java.util.List;

/**
 * Coverage-guided fuzzing (Jazzer) of what reads an API call before any operation runs, as
 * {@link ApiHandler} does it: the compiled reader of the model (Jackson's streaming parser, lone
 * surrogates refused), the compiled checks and the binding to the operation's input record. Only the
 * errors the API answers with may come out ({@link CognitoException}); anything else, a hang or running
 * out of memory is a finding. {@code mvn verify} fuzzes it for 20 s; other runs replay the saved inputs.
 */
class RequestParserFuzzTarget {
    private static final RequestValidator VALIDATOR = RequestValidator.bundled();
    private static final List<String> OPERATIONS =
            ServiceModel.bundled().operationNames().stream().sorted().toList();

    @FuzzTest(maxDuration = "20s")
    void parseValidateAndBind(FuzzedDataProvider data) {
        String operation = OPERATIONS.get(data.consumeInt(0, OPERATIONS.size() - 1));
        byte[] body = data.consumeRemainingAsBytes();
        try {
            RequestBody read = VALIDATOR.read(operation, body);
            VALIDATOR.check(read);
            WireCodecs.input(operation, read.members());
        } catch (CognitoException answered) {
            // the API answers these (SerializationException, ValidationException, ...)
        }
    }
}
