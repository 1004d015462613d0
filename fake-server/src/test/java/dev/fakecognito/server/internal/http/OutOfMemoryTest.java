package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.server.internal.faults.FaultRegistry;
import dev.fakecognito.server.internal.journal.RequestJournal;
import dev.fakecognito.server.internal.operations.Operations;
import dev.fakecognito.server.internal.signing.SignatureChecker;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.tokens.CredentialsGenerator;
import dev.fakecognito.server.internal.tokens.LoginTokenReader;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import dev.fakecognito.server.internal.validation.RequestValidator;
import dev.fakecognito.server.internal.validation.ServiceModel;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * An {@link OutOfMemoryError} while answering never becomes Undertow's empty 500: the request gets an
 * AWS-shaped {@code InternalErrorException} saying what happened, and the fake keeps serving. (The
 * error is thrown by a stand-in for the discovery handler; real inputs are bounded so as never to
 * exhaust the heap: see the benchmarks' heap table.)
 */
class OutOfMemoryTest {

    @Test
    void anOutOfMemoryErrorIsAnsweredAndTheFakeKeepsServing() throws Exception {
        Clock clock = Clock.systemUTC();
        CognitoState state = new CognitoState("us-east-1", "123456789012", clock, UUID::randomUUID);
        OpenIdTokenIssuer issuer = new OpenIdTokenIssuer("us-east-1", "https://cognito-identity.amazonaws.com", clock);
        AtomicBoolean exhausted = new AtomicBoolean(true);
        ServiceModel model = ServiceModel.load();
        ApiHandler api = new ApiHandler(
                new Operations(state, issuer, new LoginTokenReader(clock), new CredentialsGenerator(clock)),
                new RequestValidator(model),
                new SignatureChecker(false, "us-east-1", Map.of(), model.unsignedOperations(), clock),
                exchange -> {
                    if (exhausted.getAndSet(false)) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    ApiHandler.send(exchange, 200, "application/json", "{}");
                },
                exchange -> ApiHandler.send(exchange, 200, "application/json", "{}"),
                new RequestJournal(10, clock),
                new FaultRegistry(model));
        Undertow server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(api)
                .build();
        server.start();
        try {
            int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
            HttpClient http = HttpClient.newHttpClient();
            URI jwks = URI.create("http://127.0.0.1:" + port + "/.well-known/jwks_uri");

            HttpResponse<String> failed =
                    http.send(HttpRequest.newBuilder(jwks).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> next =
                    http.send(HttpRequest.newBuilder(jwks).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(new ObjectMapper().readTree(failed.body()).path("__type").asText())
                    .isEqualTo("InternalErrorException");
            assertThat(failed.body()).contains("ran out of memory answering this request; it keeps serving");
            assertThat(failed.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalErrorException:");
            assertThat(next.statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }
}
