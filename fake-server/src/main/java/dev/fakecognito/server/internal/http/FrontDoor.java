package dev.fakecognito.server.internal.http;

import dev.fakecognito.server.internal.errors.CognitoException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every request to the fake comes in here: its body is received first, without blocking (see
 * {@link BodyReceiver}), then the route table names its endpoint: the admin endpoints under
 * {@code /_fake}, CORS preflights, the token discovery documents under {@code /.well-known/}, and
 * otherwise the API. Every answer carries an {@code x-amzn-RequestId}; every error is AWS-shaped;
 * nothing a client sends produces an empty 5xx or a stack trace. The admin endpoints get no CORS
 * headers: browsers keep other sites' pages from reading them.
 */
public final class FrontDoor implements HttpHandler {
    /**
     * An endpoint of the route table.
     *
     * @param handler  answers
     * @param cors     whether answers carry the CORS headers browsers need to read them
     * @param onWorker whether it may block or do slow work, so never runs on an I/O thread
     */
    private record Endpoint(HttpHandler handler, boolean cors, boolean onWorker) {}

    private final ApiHandler apiHandler;
    /** Where a request goes once its body has arrived (a class, not a lambda: see {@link Preflight}). */
    private final Consumer<HttpServerExchange> afterBody = new Consumer<>() {
        @Override
        public void accept(HttpServerExchange exchange) {
            received(exchange);
        }
    };

    private final Endpoint api;
    private final RouteTable<Endpoint> routes;

    /**
     * The front door of one fake.
     *
     * @param api       answers API calls (the fallback route)
     * @param wellKnown answers {@code GET /.well-known/*}
     * @param admin     answers {@code /_fake} and everything under it
     */
    public FrontDoor(ApiHandler api, HttpHandler wellKnown, HttpHandler admin) {
        this.apiHandler = api;
        this.api = new Endpoint(api, true, false);
        this.routes = new RouteTable<>(this.api)
                .add("/_fake", RouteTable.Match.SUBTREE, new Endpoint(admin, false, true))
                .add(Set.of(Methods.OPTIONS), "/", RouteTable.Match.PREFIX, new Endpoint(new Preflight(), true, false))
                .add("/.well-known/", RouteTable.Match.PREFIX, new Endpoint(wellKnown, true, true));
    }

    /** Answers CORS preflights (a class, not a lambda: a lambda's first use costs a fresh JVM a class spun at run time). */
    private static final class Preflight implements HttpHandler {
        @Override
        public void handleRequest(HttpServerExchange exchange) {
            Cors.answerPreflight(exchange);
        }
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (BodyReceiver.pending(exchange)) {
            BodyReceiver.receive(exchange, afterBody); // without blocking, whichever thread this is
        } else {
            received(exchange);
        }
    }

    /**
     * Hands a request whose body has arrived (or that has none) to its endpoint: the API decides itself
     * where each call runs; a request without a body is answered on a worker (as Undertow calls
     * handlers on an I/O thread), and so is every request to an endpoint that may block.
     */
    private void received(HttpServerExchange exchange) {
        Endpoint endpoint = routes.find(exchange.getRequestMethod(), exchange.getRelativePath());
        if (endpoint == api) {
            apiHandler.handleRequest(exchange);
        } else if (exchange.isInIoThread() && (endpoint.onWorker() || !BodyReceiver.received(exchange))) {
            exchange.dispatch(this);
        } else {
            serve(exchange, endpoint);
        }
    }

    private static void serve(HttpServerExchange exchange, Endpoint endpoint) {
        exchange.getResponseHeaders().put(Responses.REQUEST_ID, Responses.requestId());
        if (endpoint.cors()) {
            Cors.addResponseHeaders(exchange);
        }
        Throwable failure = null;
        try {
            endpoint.handler().handleRequest(exchange);
        } catch (CognitoException e) {
            Responses.sendError(exchange, e);
        } catch (Exception | LinkageError | AssertionError | VirtualMachineError e) {
            failure = e;
            CognitoException answer = Failures.answerFor(exchange, e);
            if (answer != null) {
                Responses.sendError(exchange, answer);
            }
        }
        if (failure != null) {
            Failures.report(failure);
        }
    }
}
