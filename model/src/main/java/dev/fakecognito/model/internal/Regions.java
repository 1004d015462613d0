package dev.fakecognito.model.internal;

import java.util.Objects;
import java.util.Set;

/**
 * AWS regions: what a region name looks like, the region of an id, and the {@code iss} claim AWS gives the
 * OpenID tokens of an identity pool by the pool's region
 * (docs/reference/behaviour/openid-tokens.md#the-issuer-by-region).
 *
 * <p>The Developer Guide's page on the identity pools authentication flow lists the key sets of three kinds
 * of region apart from the global one: AWS GovCloud (US-West), China (Beijing) and the opt-in regions
 * ("like Europe (Milan) and Africa (Cape Town)"); their tokens name the regional host as issuer. Every other
 * region, and any region the table leaves open (GovCloud US-East, China Ningxia), keeps the global issuer.
 */
public final class Regions {
    /** The issuer of tokens in most regions. */
    public static final String GLOBAL_ISSUER = "https://cognito-identity.amazonaws.com";

    /** The regions of the {@code aws} partition that an account must opt in to. */
    static final Set<String> OPT_IN_REGIONS = Set.of(
            "af-south-1",
            "ap-east-1",
            "ap-east-2",
            "ap-south-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
            "ca-west-1",
            "eu-central-2",
            "eu-south-1",
            "eu-south-2",
            "il-central-1",
            "me-central-1",
            "me-south-1",
            "mx-central-1");

    private Regions() {}

    /**
     * The issuer of a region's tokens.
     *
     * @param region a region name, e.g. {@code eu-south-1}
     * @return {@code https://cognito-identity.<region>.amazonaws.com} for GovCloud (US-West) and the opt-in
     *         regions, {@code https://cognito-identity.cn-north-1.amazonaws.com.cn} for China (Beijing),
     *         else {@link #GLOBAL_ISSUER}
     */
    public static String issuerOf(String region) {
        Objects.requireNonNull(region, "region");
        if ("cn-north-1".equals(region)) {
            return "https://cognito-identity.cn-north-1.amazonaws.com.cn";
        }
        if ("us-gov-west-1".equals(region) || OPT_IN_REGIONS.contains(region)) {
            return "https://cognito-identity." + region + ".amazonaws.com";
        }
        return GLOBAL_ISSUER;
    }

    /**
     * The region of a pool or identity id ({@code <region>:<uuid>}), or {@code fallback} when the id has no
     * prefix that is a region name.
     *
     * @param id       an identity pool id or identity id, or {@code null}
     * @param fallback the region to use otherwise
     * @return the region
     */
    public static String regionOf(String id, String fallback) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon <= 0) {
            return fallback;
        }
        String prefix = id.substring(0, colon);
        return isName(prefix) ? prefix : fallback;
    }

    /**
     * Whether the text is an AWS region name, {@code [a-z]{2}(-[a-z]+)+-\d+} (e.g. {@code eu-west-1},
     * {@code us-gov-west-1}): checked by hand, as it runs for every
     * call (the region setting, signature scopes, ids).
     */
    public static boolean isName(CharSequence text) {
        int n = text.length();
        if (n < 6 || !isLower(text.charAt(0)) || !isLower(text.charAt(1)) || text.charAt(2) != '-') {
            return false;
        }
        int lastHyphen = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (text.charAt(i) == '-') {
                lastHyphen = i;
                break;
            }
        }
        if (lastHyphen <= 2 || lastHyphen == n - 1) {
            return false;
        }
        for (int i = lastHyphen + 1; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        // between: one or more words of lower-case letters, separated by single hyphens
        boolean inWord = false;
        for (int i = 3; i < lastHyphen; i++) {
            char c = text.charAt(i);
            if (isLower(c)) {
                inWord = true;
            } else if (c == '-' && inWord) {
                inWord = false;
            } else {
                return false;
            }
        }
        return inWord;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
