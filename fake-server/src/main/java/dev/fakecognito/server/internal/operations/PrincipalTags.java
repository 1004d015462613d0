package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.PrincipalTagMapping;
import dev.fakecognito.server.internal.tokens.OpenIdTokenIssuer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The principal tags of a request (docs/reference/behaviour/roles-and-credentials.md#principal-tags): for each login whose provider has a
 * principal-tag map, each tag takes the value of its claim in the login's token (the provider's default
 * tags first when the map says {@code UseDefaults}); a claim the token lacks gives no tag. Logins are
 * taken in request order and an earlier login's tag wins over a later one of the same key; the tags of a
 * fake-issued token in the request come last. They go into OpenID tokens as lists and to STS (here: the
 * identity's record) as strings.
 */
final class PrincipalTags {
    private PrincipalTags() {}

    /**
     * The tags of a request's logins, tag to values in the order they were found.
     *
     * @param pool     the pool, for its principal-tag maps
     * @param resolved the validated logins of the request
     * @return the tags; empty when no provider of the request has a map, or no mapped claim was present
     */
    static Map<String, List<String>> of(Pool pool, Logins.Resolved resolved) {
        Map<String, PrincipalTagMapping> maps = pool.principalTagMappings();
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Logins.Login login : resolved.logins()) {
            PrincipalTagMapping mapping = login.principalTagKeys().stream()
                    .map(maps::get)
                    .filter(found -> found != null)
                    .findFirst()
                    .orElse(null);
            if (mapping == null) {
                continue;
            }
            Map<String, String> tagToClaim = new LinkedHashMap<>();
            if (mapping.useDefaults()) {
                tagToClaim.putAll(login.defaultTags());
            }
            tagToClaim.putAll(mapping.principalTags());
            tagToClaim.forEach((tag, claim) -> {
                List<String> values = values(login.token().claims().get(claim));
                if (!values.isEmpty()) {
                    tags.putIfAbsent(tag, values);
                }
            });
        }
        if (resolved.cognitoToken() != null) {
            resolved.cognitoToken().principalTags().forEach(tags::putIfAbsent);
        }
        return tags;
    }

    /**
     * The extra claims of an authenticated OpenID token: the tags, as
     * {@code "https://aws.amazon.com/tags": {"principal_tags": {"<tag>": ["<value>", ...]}}}, when there are
     * any, and the pool's ARN.
     */
    static Map<String, Object> tokenClaims(Map<String, List<String>> tags, String poolArn) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (!tags.isEmpty()) {
            claims.put(OpenIdTokenIssuer.TAGS_CLAIM, Map.of("principal_tags", tags));
        }
        claims.put(OpenIdTokenIssuer.POOL_ARN_CLAIM, poolArn);
        return claims;
    }

    /** The tags as STS session tags: each tag's values joined by commas. */
    static Map<String, String> sessionTags(Map<String, List<String>> tags) {
        Map<String, String> sessionTags = new LinkedHashMap<>();
        tags.forEach((tag, values) -> sessionTags.put(tag, String.join(",", values)));
        return sessionTags;
    }

    /**
     * A claim's value as tag values: a string, number or boolean as its text; a list as the text of its
     * scalar elements; nothing for an absent claim, a null or an object.
     */
    private static List<String> values(Object claim) {
        if (claim instanceof String || claim instanceof Number || claim instanceof Boolean) {
            return List.of(String.valueOf(claim));
        }
        List<String> values = new ArrayList<>();
        if (claim instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof String || element instanceof Number || element instanceof Boolean) {
                    values.add(String.valueOf(element));
                }
            }
        }
        return values;
    }
}
