package dev.fakecognito.server.internal.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/**
 * CORS for browser clients (the JavaScript SDK in a page, Amplify): any origin may call the fake. A
 * preflight gets the headers it asks for allowed; without a list, every header the SDKs and Amplify send
 * (Amplify adds {@code cache-control: no-store} and {@code x-amz-user-agent}).
 */
final class Cors {
    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
    private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
    private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
    private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
    private static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");
    private static final String DEFAULT_ALLOWED_HEADERS = "content-type, x-amz-target, x-amz-user-agent, x-amz-date, "
            + "authorization, x-amz-security-token, x-amz-content-sha256, amz-sdk-invocation-id, amz-sdk-request, "
            + "cache-control";

    private Cors() {}

    static void addResponseHeaders(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(ALLOW_ORIGIN, "*");
        exchange.getResponseHeaders().put(EXPOSE_HEADERS, "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date");
    }

    /** Answers an {@code OPTIONS} preflight: 200, no body, the request headers the browser asked for allowed. */
    static void answerPreflight(HttpServerExchange exchange) {
        String requested = exchange.getRequestHeaders().getFirst(REQUEST_HEADERS);
        exchange.getResponseHeaders().put(ALLOW_METHODS, "POST, GET, OPTIONS");
        exchange.getResponseHeaders()
                .put(ALLOW_HEADERS, requested == null || requested.isBlank() ? DEFAULT_ALLOWED_HEADERS : requested);
        exchange.getResponseHeaders().put(MAX_AGE, "86400");
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(io.undertow.util.Headers.CONTENT_LENGTH, 0);
        exchange.endExchange();
    }
}
