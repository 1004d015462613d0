package dev.fakecognito.server.internal.http;

import dev.fakecognito.model.internal.Regions;
import dev.fakecognito.server.internal.signing.Verdict;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.validation.RequestBody;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region and account of an API call (docs/reference/behaviour/wire-protocol.md#region-and-account).
 * The region is, in order: the region of the signature's credential scope; the region of the host
 * ({@code cognito-identity.<region>.amazonaws.com}); the region prefix of the pool or identity id (or
 * the region of the ARN) the call names; the default region. The account is the access key's: a
 * 12-digit access key id is its account, a configured credential may name one, and any other key (or
 * none) is the default account's. Immutable.
 */
public final class Callers {
    private static final String HOST_PREFIX = "cognito-identity";
    private static final Pattern HOST = Pattern.compile(
            "cognito-identity(?:-fips)?\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.amazonaws\\.com(?:\\.cn)?\\.?(?::\\d+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARN_REGION = Pattern.compile("arn:[a-z-]+:cognito-identity:([a-z0-9-]+):.*");

    private final String defaultRegion;
    private final String defaultAccountId;
    private final Map<String, String> accountOfKey;

    /**
     * Creates the rule.
     *
     * @param defaultRegion    the region of calls that name none
     * @param defaultAccountId the account of calls whose access key names none
     * @param accountOfKey     the accounts configured credentials name, by access key id
     */
    public Callers(String defaultRegion, String defaultAccountId, Map<String, String> accountOfKey) {
        this.defaultRegion = defaultRegion;
        this.defaultAccountId = defaultAccountId;
        this.accountOfKey = Map.copyOf(accountOfKey);
    }

    /**
     * The caller of a call.
     *
     * @param signature what its signature says, or {@code null} when not read
     * @param host      its {@code Host} header, or {@code null}
     * @param body      its body as read, or {@code null} when not read
     */
    Caller of(Verdict signature, String host, RequestBody body) {
        String region = signature == null ? null : signature.region();
        if (region == null) {
            region = regionOfHost(host);
        }
        if (region == null && body != null) {
            region = regionNamedBy(body);
        }
        return new Caller(
                region == null ? defaultRegion : region, accountOf(signature == null ? null : signature.accessKeyId()));
    }

    /** The account of an access key. */
    String accountOf(String accessKeyId) {
        if (accessKeyId == null) {
            return defaultAccountId;
        }
        if (isTwelveDigits(accessKeyId)) {
            return accessKeyId;
        }
        return accountOfKey.getOrDefault(accessKeyId, defaultAccountId);
    }

    private static boolean isTwelveDigits(String text) {
        if (text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The region a {@code cognito-identity[-fips].<region>.amazonaws.com[.cn]} host names (lower case), or
     * {@code null} for any other host.
     */
    static String regionOfHost(String host) {
        if (host == null || !host.regionMatches(true, 0, HOST_PREFIX, 0, HOST_PREFIX.length())) {
            return null; // most calls: a local host name or address, no regular expression needed
        }
        Matcher matcher = HOST.matcher(host.strip());
        return matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The region of the pool, identity or ARN the body names, or {@code null}. */
    private static String regionNamedBy(RequestBody body) {
        String region = prefixOf(body.member("IdentityPoolId"));
        if (region == null) {
            region = prefixOf(body.member("IdentityId"));
        }
        if (region == null && body.member("IdentityIdsToDelete") instanceof List<?> ids && !ids.isEmpty()) {
            region = prefixOf(ids.get(0));
        }
        if (region == null && body.member("ResourceArn") instanceof String arn) {
            Matcher matcher = ARN_REGION.matcher(arn);
            if (matcher.matches() && Regions.isName(matcher.group(1))) {
                region = matcher.group(1);
            }
        }
        return region;
    }

    private static String prefixOf(Object id) {
        return id instanceof String text ? Regions.regionOf(text, null) : null;
    }
}
