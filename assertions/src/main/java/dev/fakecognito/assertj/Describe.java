package dev.fakecognito.assertj;

import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.model.World;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders the fake's state for failure messages: short, one item a line, bounded. */
final class Describe {
    /** At most this many items of one list are shown; the rest are counted. */
    static final int MAX_ITEMS = 50;

    private static final int MAX_BODY = 160;

    private Describe() {}

    /** {@code pool MobileApp (us-east-1:…)}. */
    static String pool(World.IdentityPool pool) {
        return pool == null ? "an unknown pool" : "pool " + pool.name() + " (" + pool.id() + ")";
    }

    /** {@code identity us-east-1:… of pool MobileApp (…)}. */
    static String identity(World.Identity identity, World.IdentityPool pool) {
        return "identity " + identity.id() + (pool == null ? "" : " of " + pool(pool));
    }

    /**
     * The providers an identity is logged in with: its public logins, then the pool's developer
     * provider when it has developer users (as DescribeIdentity lists them).
     */
    static Set<String> loginProviders(World.Identity identity, World.IdentityPool pool) {
        Set<String> providers = new LinkedHashSet<>(identity.logins().keySet());
        if (!identity.developerUserIdentifiers().isEmpty()) {
            providers.add(developerProvider(pool));
        }
        return providers;
    }

    static String developerProvider(World.IdentityPool pool) {
        return pool == null || pool.developerProviderName() == null
                ? "(developer provider)"
                : pool.developerProviderName();
    }

    /** {@code graph.facebook.com: alice, login.example.app (developer): [bob]}, or {@code no logins (a guest)}. */
    static String logins(World.Identity identity, World.IdentityPool pool) {
        List<String> parts = new ArrayList<>();
        identity.logins().forEach((provider, user) -> parts.add(provider + ": " + user));
        if (!identity.developerUserIdentifiers().isEmpty()) {
            parts.add(developerProvider(pool) + " (developer): " + identity.developerUserIdentifiers());
        }
        String state = Boolean.TRUE.equals(identity.disabled())
                ? identity.mergedInto() == null
                        ? " [disabled]"
                        : " [disabled, merged into " + identity.mergedInto() + "]"
                : "";
        return (parts.isEmpty() ? "no logins (a guest)" : String.join(", ", parts)) + state;
    }

    /** One line per identity of the pool, with its logins. */
    static String identities(World.IdentityPool pool, String indent) {
        if (pool.identities().isEmpty()) {
            return indent + "(no identities)";
        }
        List<String> lines = new ArrayList<>();
        for (World.Identity identity : pool.identities()) {
            lines.add(identity.id() + ": " + logins(identity, pool));
        }
        return lines(lines, indent);
    }

    /** Every pool with its identities. */
    static String world(World world) {
        if (world.identityPools().isEmpty()) {
            return "  (the fake has no identity pools)";
        }
        StringBuilder text = new StringBuilder();
        for (World.IdentityPool pool : world.identityPools()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append("  ").append(pool(pool)).append(":\n").append(identities(pool, "    "));
        }
        return text.toString();
    }

    /** Every pool, one a line. */
    static String pools(World world) {
        if (world.identityPools().isEmpty()) {
            return "  (the fake has no identity pools)";
        }
        return lines(world.identityPools().stream().map(Describe::pool).toList(), "  ");
    }

    /** Every merge of the world, one a line. */
    static String merges(World world) {
        List<String> lines = new ArrayList<>();
        for (World.IdentityPool pool : world.identityPools()) {
            for (World.Merge merge : pool.merges()) {
                lines.add(merge(merge) + " in " + pool(pool));
            }
        }
        return lines.isEmpty() ? "  (no merges happened)" : lines(lines, "  ");
    }

    static String merge(World.Merge merge) {
        return merge.source() + " -> " + merge.destination() + " (" + merge.operation() + " at " + merge.mergedAt()
                + ")";
    }

    /** Each provider's principal-tag map: {@code graph.facebook.com {user=sub}}, with {@code defaults} when UseDefaults. */
    static String principalTagMaps(World.IdentityPool pool) {
        if (pool.principalTags().isEmpty()) {
            return "(none)";
        }
        List<String> maps = new ArrayList<>();
        pool.principalTags()
                .forEach((provider, tags) -> maps.add(provider + " "
                        + (Boolean.TRUE.equals(tags.useDefaults()) ? "defaults + " : "")
                        + tags.principalTags()));
        return String.join(", ", maps);
    }

    /** {@code key=value} pairs, or {@code (none)}. */
    static String map(Map<String, ?> map) {
        return map.isEmpty() ? "(none)" : map.toString();
    }

    /** {@code #3 GetCredentialsForIdentity {"IdentityId":…} -> 400 NotAuthorizedException: … (unsigned)}. */
    static String request(RecordedRequest request) {
        String body = request.requestBody() == null ? "" : request.requestBody().replaceAll("\\s+", " ");
        if (body.length() > MAX_BODY) {
            body = body.substring(0, MAX_BODY) + "…";
        }
        return "#" + request.sequence() + " " + request.operation() + (body.isEmpty() ? "" : " " + body) + " -> "
                + outcome(request) + " " + signature(request);
    }

    /**
     * {@code (signed with AKIA… in eu-west-1, account 123456789012)}, {@code (signed in …)} when the header
     * named no access key, or {@code (unsigned in …)}; the region and account are left out for journals
     * that did not record them.
     */
    static String signature(RecordedRequest request) {
        String place = request.region() == null
                ? ""
                : " in " + request.region() + (request.accountId() == null ? "" : ", account " + request.accountId());
        if (!request.signed()) {
            return "(unsigned" + place + ")";
        }
        return request.accessKeyId() == null
                ? "(signed" + place + ")"
                : "(signed with " + request.accessKeyId() + place + ")";
    }

    /**
     * {@code 200 OK} or {@code 400 NotAuthorizedException: message}, or {@code no answer (connection reset)};
     * followed by {@code (injected by fault-1)} when a fault affected the call.
     */
    static String outcome(RecordedRequest request) {
        String injected = request.injected() ? " (injected by " + request.faultId() + ")" : "";
        if (!request.answered()) {
            return "no answer (connection reset)" + injected;
        }
        if (!request.failed()) {
            return request.statusCode() + " OK" + injected;
        }
        return request.statusCode() + " " + request.errorType()
                + (request.errorMessage() == null ? "" : ": " + request.errorMessage()) + injected;
    }

    /** The journal, one request a line, the most recent {@link #MAX_ITEMS}. */
    static String requests(RequestLog log) {
        return requests(log.requests(), log.dropped());
    }

    static String requests(List<RecordedRequest> requests, long dropped) {
        if (requests.isEmpty()) {
            return "  (no requests" + (dropped > 0 ? "; " + dropped + " older ones were dropped from the journal" : "")
                    + ")";
        }
        List<RecordedRequest> shown =
                requests.size() > MAX_ITEMS ? requests.subList(requests.size() - MAX_ITEMS, requests.size()) : requests;
        StringBuilder text = new StringBuilder();
        long hidden = dropped + requests.size() - shown.size();
        if (hidden > 0) {
            text.append("  (").append(hidden).append(" older requests not shown)\n");
        }
        text.append(lines(shown.stream().map(Describe::request).toList(), "  "));
        return text.toString();
    }

    /** The items, one a line with the indent; at most {@link #MAX_ITEMS}, the rest counted. */
    static String lines(List<String> items, String indent) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(items.size(), MAX_ITEMS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(indent).append(items.get(i));
        }
        if (items.size() > shown) {
            text.append('\n')
                    .append(indent)
                    .append("… and ")
                    .append(items.size() - shown)
                    .append(" more");
        }
        return text.toString();
    }
}
