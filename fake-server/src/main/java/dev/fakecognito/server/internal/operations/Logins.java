package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.LoginKey;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PoolSettings;
import dev.fakecognito.server.internal.state.UserPoolClient;
import dev.fakecognito.server.internal.tokens.LoginToken;
import dev.fakecognito.server.internal.tokens.LoginTokenReader;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import dev.fakecognito.server.internal.tokens.VerifiedOpenIdToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code Logins} map of a request into logins keyed by provider and user (docs/behaviour.md#login-tokens): checks
 * each provider is configured on the pool, decodes each token, applies the provider's checks and
 * takes the user key (a JWT's {@code sub}, an opaque token itself). Tokens this fake issued, under
 * {@code cognito-identity.amazonaws.com}, are verified and prove an identity.
 */
final class Logins {
    static final String COGNITO_PROVIDER = "cognito-identity.amazonaws.com";
    static final String UNSUPPORTED_PROVIDER = "Token is not from a supported provider of this identity pool.";
    private static final String OIDC_ARN_MARKER = ":oidc-provider/";

    private final LoginTokenReader reader;
    private final OpenIdTokenIssuer issuer;

    Logins(LoginTokenReader reader, OpenIdTokenIssuer issuer) {
        this.reader = reader;
        this.issuer = issuer;
    }

    /**
     * One validated login of a request.
     *
     * @param key            the provider and user
     * @param token          the decoded token, for role mappings and {@code amr}
     * @param roleMappingKey the key a role mapping for this login is stored under
     * @param amrEntry       the provider-specific entry of the token's {@code amr}
     */
    record Login(LoginKey key, LoginToken token, String roleMappingKey, String amrEntry) {}

    /**
     * The validated logins of a request.
     *
     * @param logins       public-provider logins, in request order
     * @param cognitoToken a verified token of this fake, or {@code null}
     */
    record Resolved(List<Login> logins, VerifiedOpenIdToken cognitoToken) {
        List<LoginKey> keys() {
            return logins.stream().map(Login::key).toList();
        }

        String provenIdentityId() {
            return cognitoToken == null ? null : cognitoToken.subject();
        }
    }

    /**
     * Validates a {@code Logins} map against a pool.
     *
     * @param pool              the pool the request is about
     * @param logins            the map from the request, or {@code null}
     * @param allowCognitoToken whether a {@code cognito-identity.amazonaws.com} token may appear (not in GetId)
     */
    Resolved resolve(Pool pool, Map<String, String> logins, boolean allowCognitoToken) {
        List<Login> resolved = new ArrayList<>();
        VerifiedOpenIdToken cognitoToken = null;
        if (logins == null) {
            return new Resolved(resolved, null);
        }
        PoolSettings settings = pool.settings();
        for (Map.Entry<String, String> entry : logins.entrySet()) {
            String provider = entry.getKey();
            String raw = entry.getValue() == null ? "" : entry.getValue();
            if (provider.equals(COGNITO_PROVIDER)) {
                if (!allowCognitoToken) {
                    throw CognitoException.notAuthorized("Invalid login token. Can't pass in a Cognito token.");
                }
                cognitoToken = issuer.verify(raw, pool.id());
            } else {
                resolved.add(login(settings, provider, reader.read(raw)));
            }
        }
        return new Resolved(resolved, cognitoToken);
    }

    private Login login(PoolSettings settings, String provider, LoginToken token) {
        String appId = settings.supportedLoginProviders().get(provider);
        if (appId != null) {
            reader.checkNotExpired(token);
            if (token.jwt()
                    && (provider.equals("accounts.google.com") || provider.equals("appleid.apple.com"))
                    && !token.audience().isEmpty()
                    && !token.audience().contains(appId)) {
                throw CognitoException.notAuthorized(UNSUPPORTED_PROVIDER);
            }
            String user = token.jwt() ? subject(token) : token.raw();
            return new Login(new LoginKey(provider, user), token, provider, provider + ":" + user);
        }
        List<UserPoolClient> clients = settings.cognitoIdentityProviders().stream()
                .filter(client -> client.providerName().equals(provider))
                .toList();
        if (!clients.isEmpty()) {
            reader.requireJwt(token);
            reader.checkNotExpired(token);
            reader.checkIssuer(token, "https://" + provider);
            reader.checkHasAudience(token);
            UserPoolClient client = clients.stream()
                    .filter(candidate -> token.audience().contains(candidate.clientId()))
                    .findFirst()
                    .orElseThrow(() -> CognitoException.notAuthorized(UNSUPPORTED_PROVIDER));
            String user = subject(token);
            return new Login(
                    new LoginKey(provider, user),
                    token,
                    provider + ":" + client.clientId(),
                    provider + ":CognitoSignIn:" + user);
        }
        for (String arn : settings.openIdConnectProviderArns()) {
            if (provider.equals(oidcProviderName(arn))) {
                reader.requireJwt(token);
                reader.checkNotExpired(token);
                reader.checkIssuer(token, "https://" + provider);
                String user = subject(token);
                return new Login(new LoginKey(provider, user), token, provider, provider + ":" + user);
            }
        }
        if (settings.samlProviderArns().contains(provider)) {
            return new Login(new LoginKey(provider, token.raw()), token, provider, provider);
        }
        throw CognitoException.notAuthorized(UNSUPPORTED_PROVIDER);
    }

    private static String subject(LoginToken token) {
        String subject = token.subject();
        if (subject == null || subject.isEmpty()) {
            throw CognitoException.notAuthorized("Invalid login token. Missing a required claim: sub");
        }
        return subject;
    }

    /** The OIDC provider name (host and path) an IAM OIDC provider ARN names, or {@code null}. */
    static String oidcProviderName(String arn) {
        int marker = arn.indexOf(OIDC_ARN_MARKER);
        return marker < 0 ? null : arn.substring(marker + OIDC_ARN_MARKER.length());
    }

    /** {@code amr} of an authenticated token: {@code authenticated}, then each provider and its entry. */
    static List<String> authenticatedAmr(Resolved resolved) {
        List<String> amr = new ArrayList<>();
        amr.add("authenticated");
        for (Login login : resolved.logins()) {
            amr.add(login.key().provider());
            amr.add(login.amrEntry());
        }
        if (resolved.logins().isEmpty() && resolved.cognitoToken() != null) {
            List<String> original = resolved.cognitoToken().amr();
            amr.addAll(original.subList(Math.min(1, original.size()), original.size()));
        }
        return amr;
    }
}
