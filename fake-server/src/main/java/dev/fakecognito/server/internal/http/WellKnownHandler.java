package dev.fakecognito.server.internal.http;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.Echo;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * {@code GET /.well-known/jwks_uri} (the public keys of the fake's OpenID tokens) and
 * {@code GET /.well-known/openid-configuration} (discovery), so any standard JWT library can verify them.
 * The discovery document names the issuer of the region in the {@code Host} header
 * (read as {@link Callers} reads an API call's host, as a proxy or a hosts entry would send it), else
 * of the fake's default region; the key set lists the key under the {@code kid} of every region the fake
 * has pools in.
 */
public final class WellKnownHandler implements HttpHandler {
    /** The path of the key set, as at the real issuer. */
    public static final String JWKS_PATH = "/.well-known/jwks_uri";
    /** The path of the discovery document. */
    public static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

    private final OpenIdTokenIssuer issuer;
    private final Supplier<? extends Collection<String>> poolRegions;

    /**
     * Creates the handler over the fake's token issuer.
     *
     * @param issuer      the fake's token issuer
     * @param poolRegions the regions the fake has pools in, read on each key-set request
     */
    public WellKnownHandler(OpenIdTokenIssuer issuer, Supplier<? extends Collection<String>> poolRegions) {
        this.issuer = issuer;
        this.poolRegions = poolRegions;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String path = exchange.getRelativePath();
        if (!Methods.GET.equals(exchange.getRequestMethod()) && !Methods.HEAD.equals(exchange.getRequestMethod())) {
            throw new CognitoException(ErrorCode.UNKNOWN_OPERATION, "Only GET is supported on " + Echo.of(path) + ".");
        }
        if (JWKS_PATH.equals(path)) {
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "public, max-age=2592000");
            sendDocument(exchange, issuer.jwksJson(poolRegions.get()));
        } else if (DISCOVERY_PATH.equals(path)) {
            sendDocument(
                    exchange,
                    issuer.openIdConfigurationJson(
                            Callers.regionOfHost(exchange.getRequestHeaders().getFirst(Headers.HOST)),
                            baseUrl(exchange) + JWKS_PATH));
        } else {
            throw new CognitoException(ErrorCode.NOT_FOUND, "No document at " + Echo.of(path) + ".");
        }
    }

    private static void sendDocument(HttpServerExchange exchange, String json) {
        Responses.send(exchange, 200, "application/json", json);
    }

    static String baseUrl(HttpServerExchange exchange) {
        return exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    }
}
