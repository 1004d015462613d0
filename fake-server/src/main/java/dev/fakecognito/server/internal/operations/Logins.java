package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.state.LoginKey;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PoolSettings;
import dev.fakecognito.server.internal.state.UserPoolClient;
import dev.fakecognito.server.internal.tokens.LocalUserPools;
import dev.fakecognito.server.internal.tokens.LoginToken;
import dev.fakecognito.server.internal.tokens.LoginTokenReader;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import dev.fakecognito.server.internal.tokens.VerifiedOpenIdToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the {@code Logins} map of a request into logins keyed by provider and user (docs/reference/behaviour/login-tokens.md#login-tokens).
 * Each key decides how its token is read: the opaque tokens of Facebook, Login with Amazon, Twitter and
 * Digits need the provider configured and name their user themselves; a SAML provider ARN takes a SAML
 * response; every other key takes a JWT whose issuer must be the key, checked before the provider is
 * looked up on the pool. Tokens this fake issued, under {@code cognito-identity.amazonaws.com}, are
 * verified and prove an identity.
 */
final class Logins {
    static final String COGNITO_PROVIDER = "cognito-identity.amazonaws.com";
    static final String UNSUPPORTED_PROVIDER = "Token is not from a supported provider of this identity pool.";

    private static final String OIDC_ARN_MARKER = ":oidc-provider/";
    private static final String SAML_ARN_MARKER = ":saml-provider/";
    /** The SAML attribute whose values, {@code <role ARN>,<provider ARN>} pairs, are the roles a SAML user may assume. */
    private static final String SAML_ROLE_ATTRIBUTE = "https://aws.amazon.com/SAML/Attributes/Role";

    private static final String ROLE_ARN_MARKER = ":role/";
    private static final String USER_POOL_PREFIX = "cognito-idp.";
    private static final String AMAZON = "www.amazon.com";
    private static final String TWITTER = "api.twitter.com";
    /** Public providers whose tokens are opaque: only the provider can say whose they are. */
    private static final Set<String> OPAQUE_PROVIDERS = Set.of("graph.facebook.com", AMAZON, TWITTER, "www.digits.com");

    /** UseDefaults of most providers: the app (client) and the user (docs/reference/behaviour/roles-and-credentials.md#principal-tags). */
    private static final Map<String, String> DEFAULT_TAGS = orderedPairs("client", "aud", "username", "sub");

    private static final Map<String, String> AMAZON_DEFAULT_TAGS = orderedPairs("client", "aud", "username", "user_id");
    private static final Map<String, String> SAML_DEFAULT_TAGS = orderedPairs(
            "username",
            LoginTokenReader.SAML_NAME_IDENTIFIER,
            "name",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name");

    private final LoginTokenReader reader;
    private final OpenIdTokenIssuer issuer;

    Logins(LoginTokenReader reader, OpenIdTokenIssuer issuer) {
        this.reader = reader;
        this.issuer = issuer;
    }

    /**
     * One validated login of a request.
     *
     * @param key              the provider and user
     * @param tokenSource      gives the decoded token with the claims the service sees (role rules, principal
     *                         tags): made when first asked for a public provider's opaque token, as GetId,
     *                         the most frequent call, never needs its claims
     * @param roleMappingKeys  the keys a role mapping for this login may be stored under, the first found wins
     * @param principalTagKeys the provider names a principal-tag map for this login may be stored under
     * @param defaultTags      tag to claim, for a principal-tag map with {@code UseDefaults}
     * @param amrEntry         the provider-specific entry of the token's {@code amr}
     */
    record Login(
            LoginKey key,
            Supplier<LoginToken> tokenSource,
            List<String> roleMappingKeys,
            List<String> principalTagKeys,
            Map<String, String> defaultTags,
            String amrEntry) {

        /** A login whose role mapping and principal-tag map are both stored under {@code keys}. */
        static Login of(
                String provider,
                String user,
                Supplier<LoginToken> token,
                List<String> keys,
                Map<String, String> defaultTags,
                String amrEntry) {
            return new Login(new LoginKey(provider, user), token, keys, keys, defaultTags, amrEntry);
        }

        /** The decoded token with the claims the service sees. */
        LoginToken token() {
            return tokenSource.get();
        }

        /** Whether this is a SAML login (its key is an IAM SAML provider ARN). */
        boolean isSaml() {
            return key.provider().contains(SAML_ARN_MARKER);
        }

        /**
         * The roles a SAML assertion grants for its provider (docs/reference/behaviour/roles-and-credentials.md#saml-users-get-the-roles-of-their-assertion):
         * each value of the Role attribute that is a pair of a role ARN and this login's provider ARN, in
         * either order, comma-delimited; other values are ignored. Empty for other logins.
         */
        List<String> samlRoles() {
            if (!isSaml()) {
                return List.of();
            }
            List<String> roles = new ArrayList<>();
            for (String value : token().stringListClaim(SAML_ROLE_ATTRIBUTE)) {
                String[] pair = value.split(",", -1);
                if (pair.length != 2) {
                    continue;
                }
                String first = pair[0].trim();
                String second = pair[1].trim();
                boolean roleFirst = first.contains(ROLE_ARN_MARKER);
                String role = roleFirst ? first : second;
                String provider = roleFirst ? second : first;
                if (role.contains(ROLE_ARN_MARKER) && provider.equals(key.provider()) && !roles.contains(role)) {
                    roles.add(role);
                }
            }
            return List.copyOf(roles);
        }
    }

    /**
     * The validated logins of a request.
     *
     * @param logins       public-provider logins, in request order
     * @param cognitoToken a verified token of this fake, or {@code null}
     */
    record Resolved(List<Login> logins, VerifiedOpenIdToken cognitoToken) {
        List<LoginKey> keys() {
            if (logins.size() == 1) { // the common case, on the path of every GetId
                return List.of(logins.get(0).key());
            }
            List<LoginKey> keys = new ArrayList<>(logins.size());
            for (Login login : logins) {
                keys.add(login.key());
            }
            return keys;
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
                resolved.add(login(settings, provider, raw));
            }
        }
        return new Resolved(resolved, cognitoToken);
    }

    private Login login(PoolSettings settings, String provider, String raw) {
        if (provider.equals(settings.developerProviderName())) {
            throw unsupported(); // developer users come only through GetOpenIdTokenForDeveloperIdentity
        }
        if (OPAQUE_PROVIDERS.contains(provider)) {
            return opaqueLogin(settings, provider, raw);
        }
        if (provider.contains(SAML_ARN_MARKER)) {
            return samlLogin(settings, provider, raw);
        }
        return jwtLogin(settings, provider, reader.read(raw));
    }

    /** Facebook, Amazon, Twitter, Digits: the claims the service derives once the provider vouched for the token. */
    private static Login opaqueLogin(PoolSettings settings, String provider, String raw) {
        String configured = settings.supportedLoginProviders().get(provider);
        if (configured == null) {
            throw unsupported();
        }
        String appId = provider.equals(TWITTER) ? beforeSemicolon(configured) : configured;
        String user = provider.equals(TWITTER) ? beforeSemicolon(raw) : raw;
        return Login.of(
                provider,
                user,
                () -> {
                    Map<String, Object> claims = new LinkedHashMap<>();
                    claims.put("iss", provider);
                    claims.put("aud", appId);
                    claims.put("sub", user);
                    if (provider.equals(AMAZON)) {
                        claims.put("user_id", user);
                    }
                    return LoginToken.derived(raw, claims);
                },
                List.of(provider),
                provider.equals(AMAZON) ? AMAZON_DEFAULT_TAGS : DEFAULT_TAGS,
                provider + ":" + appId + ":" + user);
    }

    /** A SAML response under the IAM SAML provider's ARN: the user is its NameID. */
    private Login samlLogin(PoolSettings settings, String provider, String raw) {
        if (!settings.samlProviderArns().contains(provider)) {
            throw unsupported();
        }
        LoginToken token = reader.readSaml(raw);
        String user = token.subject() == null ? raw : token.subject();
        return Login.of(provider, user, () -> token, List.of(provider), SAML_DEFAULT_TAGS, provider + ":SAML:" + user);
    }

    /**
     * Every other key takes an OpenID Connect JWT: it must be one, its issuer must be the key, it must have
     * an audience and must not be expired, and only then must the key be a provider of the pool that the
     * token's audience fits.
     */
    private Login jwtLogin(PoolSettings settings, String provider, LoginToken token) {
        reader.requireJwt(token);
        reader.checkIssuer(token, provider);
        boolean userPool = provider.startsWith(USER_POOL_PREFIX) || LocalUserPools.isLocalUserPool(provider);
        reader.checkHasAudience(token, !userPool);
        reader.checkNotExpired(token, userPool ? LoginTokenReader.USER_POOL_GRACE : LoginTokenReader.OIDC_GRACE);
        if (userPool) {
            UserPoolClient client = settings.cognitoIdentityProviders().stream()
                    .filter(candidate -> candidate.providerName().equals(provider)
                            && token.audience().contains(candidate.clientId()))
                    .findFirst()
                    .orElseThrow(Logins::unsupported);
            reader.verifySignature(token, provider);
            String user = subject(token);
            return new Login(
                    new LoginKey(provider, user),
                    () -> token,
                    List.of(provider + ":" + client.clientId()),
                    List.of(provider),
                    DEFAULT_TAGS,
                    provider + ":CognitoSignIn:" + user);
        }
        String appId = settings.supportedLoginProviders().get(provider);
        if (appId != null) {
            if (!token.audience().contains(appId)) {
                throw unsupported();
            }
            reader.verifySignature(token, provider);
            String user = subject(token);
            return Login.of(
                    provider, user, () -> token, List.of(provider), DEFAULT_TAGS, provider + ":" + appId + ":" + user);
        }
        String arn = oidcProviderArn(settings, provider);
        if (arn == null) {
            throw unsupported();
        }
        reader.verifySignature(token, provider);
        String user = subject(token);
        return Login.of(provider, user, () -> token, List.of(provider, arn), DEFAULT_TAGS, arn + ":OIDC:" + user);
    }

    private static String subject(LoginToken token) {
        String subject = token.subject();
        if (subject == null || subject.isEmpty()) {
            throw CognitoException.notAuthorized("Invalid login token. Missing a required claim: sub");
        }
        return subject;
    }

    private static CognitoException unsupported() {
        return CognitoException.notAuthorized(UNSUPPORTED_PROVIDER);
    }

    /** The part before the first {@code ;} (a Twitter token or consumer key), or all of it when that part is empty. */
    private static String beforeSemicolon(String value) {
        int semicolon = value.indexOf(';');
        return semicolon > 0 ? value.substring(0, semicolon) : value;
    }

    /** The configured IAM OIDC provider ARN whose provider name (host and path) is {@code provider}, or null. */
    private static String oidcProviderArn(PoolSettings settings, String provider) {
        return settings.openIdConnectProviderArns().stream()
                .filter(arn -> provider.equals(oidcProviderName(arn)))
                .findFirst()
                .orElse(null);
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

    private static Map<String, String> orderedPairs(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
