package dev.fakecognito.server.internal.http;

import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.Echo;
import dev.fakecognito.server.internal.errors.ErrorCode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The front door of the admin endpoints under {@code /_fake/}, checked before any of them runs (so
 * endpoints added later are covered too). {@code GET /_fake/health} always answers, for health checks.
 * Everything else:
 *
 * <ul>
 *   <li>404 when the admin endpoints are disabled;
 *   <li>403 for a {@code Host} that is not allowed (DNS rebinding: a page of another site whose name
 *       now resolves to this machine sends its own name): IP literals, {@code localhost} and
 *       {@code *.localhost}, the listen address and the configured names are allowed;
 *   <li>403 for cross-origin preflights ({@code OPTIONS}): other sites' pages get no CORS;
 *   <li>with an admin token: 401 unless {@value #HEADER} carries it;
 *   <li>the browser page's own files ({@code GET /_fake/ui}, its script, style sheet and icon) hold no
 *       data and answer without the token; its data endpoints need it like any other;
 *   <li>without one: 403 for a write (any method but GET and HEAD) without {@value #HEADER} (any
 *       value). A browser sends a custom header cross-site only after a preflight, which fails, so a
 *       page of another site cannot wipe or seed the fake with a simple form or {@code text/plain} POST.
 * </ul>
 */
public final class AdminGuard implements HttpHandler {
    /** The header admin clients send: the admin token when the fake has one, else any value. */
    public static final String HEADER = FakeAdminClient.ADMIN_HEADER;

    private static final HttpString ADMIN_HEADER = new HttpString(HEADER);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Settings settings;
    private final HttpHandler next;

    /**
     * How the admin endpoints are protected.
     *
     * @param enabled      whether they answer at all (health always does)
     * @param token        the admin token clients must send, or {@code null} for none
     * @param allowedHosts names allowed in {@code Host} besides IP literals and {@code localhost}
     *                     (lower case; {@code *} allows any)
     */
    public record Settings(boolean enabled, String token, Set<String> allowedHosts) {
        /** Copies the names. */
        public Settings {
            allowedHosts = Set.copyOf(allowedHosts);
        }
    }

    /**
     * Guards the admin handler.
     *
     * @param settings the protections
     * @param next     the admin endpoints
     */
    public AdminGuard(Settings settings, HttpHandler next) {
        this.settings = settings;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HttpString method = exchange.getRequestMethod();
        boolean read = Methods.GET.equals(method) || Methods.HEAD.equals(method);
        if (read && exchange.getRelativePath().equals("/_fake/health")) {
            next.handleRequest(exchange);
            return;
        }
        if (!settings.enabled()) {
            throw new CognitoException(
                    ErrorCode.NOT_FOUND,
                    "The admin endpoints of this fake are disabled (adminEndpoints: --admin-endpoints=false, FAKE_COGNITO_ADMIN_ENDPOINTS=false);"
                            + " only GET /_fake/health answers.");
        }
        String host = hostName(exchange.getRequestHeaders().getFirst(Headers.HOST));
        if (host != null && !hostAllowed(host)) {
            throw new CognitoException(
                    ErrorCode.FORBIDDEN,
                    "Host '" + Echo.of(host) + "' may not use the admin endpoints: allow it with --allowed-hosts"
                            + " (FAKE_COGNITO_ALLOWED_HOSTS, builder allowedHosts, container withAllowedHosts);"
                            + " IP addresses, localhost and *.localhost are always allowed.");
        }
        if (Methods.OPTIONS.equals(method)) {
            throw new CognitoException(
                    ErrorCode.FORBIDDEN, "The admin endpoints do not answer cross-origin requests from browsers.");
        }
        String sent = exchange.getRequestHeaders().getFirst(ADMIN_HEADER);
        if (UiEndpoints.isPageFile(method, exchange.getRelativePath())) {
            // The page's files hold no data, and a browser cannot send the token when it opens a page:
            // the page asks for the token and sends it with every call for data.
            next.handleRequest(exchange);
            return;
        }
        if (settings.token() != null) {
            if (sent == null || !sameToken(sent, settings.token())) {
                throw new CognitoException(
                        ErrorCode.UNAUTHORIZED,
                        "This fake's admin endpoints need its admin token in the header " + HEADER
                                + " (FakeAdminClient.connect(endpoint, token), container withAdminToken(token)).");
            }
        } else if (!read && sent == null) {
            throw new CognitoException(
                    ErrorCode.FORBIDDEN,
                    "Admin writes need the header " + HEADER + " (any value), which other sites' pages cannot"
                            + " send; FakeAdminClient and CognitoIdentityContainer send it.");
        }
        next.handleRequest(exchange);
    }

    private boolean hostAllowed(String host) {
        return settings.allowedHosts().contains("*")
                || host.startsWith("[") // an IPv6 literal
                || IPV4.matcher(host).matches()
                || host.equals("localhost")
                || host.endsWith(".localhost")
                || settings.allowedHosts().contains(host);
    }

    /** The name of a {@code Host} header, in lower case, without port; {@code null} when absent. */
    static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        host = colon < 0 ? host : host.substring(0, colon);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static boolean sameToken(String sent, String token) {
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
