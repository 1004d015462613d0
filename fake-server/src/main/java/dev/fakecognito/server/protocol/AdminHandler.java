package dev.fakecognito.server.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecognito.server.errors.CognitoException;
import dev.fakecognito.server.errors.ErrorCode;
import dev.fakecognito.server.state.CognitoState;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;

/**
 * The admin endpoints under {@code /_fake/}: {@code GET /_fake/health} (a small JSON status) and
 * {@code POST /_fake/reset} (drops all state).
 */
public final class AdminHandler implements HttpHandler {
    private final CognitoState state;
    private final ObjectMapper json = new ObjectMapper();

    /** Creates the handler over a fake's state. */
    public AdminHandler(CognitoState state) {
        this.state = state;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRelativePath();
        boolean get = Methods.GET.equals(exchange.getRequestMethod()) || Methods.HEAD.equals(exchange.getRequestMethod());
        if (path.equals("/_fake/health") && get) {
            ObjectNode status = json.createObjectNode()
                    .put("status", "UP")
                    .put("region", state.region())
                    .put("accountId", state.accountId())
                    .put("identityPools", state.pools().size());
            ApiHandler.send(exchange, 200, "application/json", json.writeValueAsString(status));
        } else if (path.equals("/_fake/reset") && Methods.POST.equals(exchange.getRequestMethod())) {
            state.reset();
            ApiHandler.send(exchange, 200, "application/json", "{}");
        } else {
            throw new CognitoException(ErrorCode.RESOURCE_NOT_FOUND,
                    "No admin endpoint " + exchange.getRequestMethod() + " " + path
                            + "; try GET /_fake/health or POST /_fake/reset.");
        }
    }
}
