package dev.fakecognito.server.internal.state;

import java.util.List;

/**
 * A search among the identities of one pool, for people looking at the fake (the browser page): the
 * identities whose id, logins or developer user ids contain a text, ignoring case, one page at a time.
 *
 * @param text   what to look for; empty matches every identity. For logins, {@code provider=user}
 *               matches a login whose provider contains {@code provider} and whose user contains
 *               {@code user}; without {@code =} the text may be in the provider or the user
 * @param field  where to look
 * @param offset how many matching identities to skip, in creation order
 * @param limit  the most identities to return
 */
public record IdentitySearch(String text, Field field, int offset, int limit) {
    /** Where a search looks. */
    public enum Field {
        /** The id, the logins and the developer user ids. */
        ANY,
        /** The identity id. */
        ID,
        /** The public-provider logins (provider and user). */
        LOGIN,
        /** The developer user ids. */
        DEVELOPER_USER
    }

    /** Checks the bounds. */
    public IdentitySearch {
        text = text == null ? "" : text.trim();
        field = field == null ? Field.ANY : field;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
    }

    /**
     * One page of the identities a search found.
     *
     * @param identities the identities from the offset on, in creation order
     * @param total      how many identities match in all
     */
    public record Result(List<IdentitySnapshot> identities, int total) {
        /** Copies the list. */
        public Result {
            identities = List.copyOf(identities);
        }
    }

    boolean matches(Identity identity) {
        if (text.isEmpty()) {
            return true;
        }
        return switch (field) {
            case ID -> contains(identity.id, text);
            case LOGIN -> matchesLogin(identity);
            case DEVELOPER_USER -> matchesDeveloperUser(identity);
            case ANY -> contains(identity.id, text) || matchesLogin(identity) || matchesDeveloperUser(identity);
        };
    }

    private boolean matchesLogin(Identity identity) {
        int equals = text.indexOf('=');
        String provider = equals < 0 ? text : text.substring(0, equals);
        String user = equals < 0 ? text : text.substring(equals + 1);
        for (var login : identity.logins.entrySet()) {
            boolean found = equals < 0
                    ? contains(login.getKey(), text) || contains(login.getValue(), text)
                    : contains(login.getKey(), provider) && contains(login.getValue(), user);
            if (found) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesDeveloperUser(Identity identity) {
        for (String developerUserId : identity.developerUserIds) {
            if (contains(developerUserId, text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part} occurs in {@code value}, ignoring case, without allocating. */
    static boolean contains(String value, String part) {
        int last = value.length() - part.length();
        for (int i = 0; i <= last; i++) {
            if (value.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
