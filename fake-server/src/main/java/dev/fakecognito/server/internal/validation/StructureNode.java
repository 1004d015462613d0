package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A structure shape: a JSON object whose members are checked in model order. Unknown members are ignored
 * and a JSON null counts as absent. The members are set once, right after construction, so that shapes
 * may refer to themselves.
 */
final class StructureNode extends ShapeNode {

    /**
     * A structure member.
     *
     * @param wireName the member name in the JSON body ({@code IdentityPoolId})
     * @param pathName the name in violation paths, first letter lowercased ({@code identityPoolId})
     * @param shape    the member's shape
     * @param required whether the member is required
     */
    record Member(String wireName, String pathName, ShapeNode shape, boolean required) {}

    private Member[] members;

    StructureNode(String shapeName, boolean redacted) {
        super(shapeName, redacted);
    }

    void setMembers(List<Member> list) {
        if (members != null) {
            throw new IllegalStateException("members of " + shapeName() + " already set");
        }
        members = list.toArray(new Member[0]);
    }

    @Override
    void check(JsonNode value, Path parent, String segment, Violations out) {
        if (!value.isObject()) {
            throw Messages.mismatch(value, "a Structure");
        }
        checkMembers(value, segment == null ? parent : new Path(parent, segment), out);
    }

    /**
     * Checks the members of an object.
     *
     * @param object the JSON object, or null when the whole structure is absent (every member missing)
     * @param self   the path of the structure itself, or null for the request body
     */
    void checkMembers(JsonNode object, Path self, Violations out) {
        for (Member m : members) {
            JsonNode v = object == null ? null : object.get(m.wireName());
            if (v == null || v.isNull()) {
                if (m.required()) {
                    out.add(new Path(self, m.pathName()), null, m.shape(), Messages.NOT_NULL);
                }
            } else {
                m.shape().check(v, self, m.pathName(), out);
            }
        }
    }

    /** Renders as {@code {Member=value, ...}}: present members in model order, unknown members left out. */
    @Override
    void render(JsonNode value, StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Member m : members) {
            JsonNode v = value.get(m.wireName());
            if (v == null || v.isNull()) {
                continue;
            }
            if (sb.length() > Messages.MAX_RENDERED) {
                break;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(m.wireName()).append('=');
            m.shape().render(v, sb);
        }
        sb.append('}');
    }
}
