package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A list shape: a JSON array with an optional length range. Elements are checked at
 * {@code path.<1-based index>.member}; a JSON null element is reported as {@code Member must not be null}.
 */
final class ListNode extends ShapeNode {

    private final ShapeNode member;
    private final Long min;
    private final Long max;

    ListNode(String shapeName, boolean redacted, ShapeNode member, Long min, Long max) {
        super(shapeName, redacted);
        this.member = member;
        this.min = min;
        this.max = max;
    }

    @Override
    void check(JsonNode value, Path parent, String segment, Violations out) {
        if (!value.isArray()) {
            throw Messages.mismatch(value, "a List");
        }
        Path self = new Path(parent, segment);
        int size = value.size();
        if (max != null && size > max) {
            out.add(self, value, this, Messages.maxLength(max));
        }
        if (min != null && size < min) {
            out.add(self, value, this, Messages.minLength(min));
        }
        for (int i = 0; i < size; i++) {
            JsonNode element = value.get(i);
            Path index = new Path(self, Integer.toString(i + 1));
            if (element.isNull()) {
                out.add(new Path(index, "member"), null, member, Messages.NOT_NULL);
            } else {
                member.check(element, index, "member", out);
            }
        }
    }

    /** Renders as {@code [a, b]}. */
    @Override
    void render(JsonNode value, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < value.size(); i++) {
            if (sb.length() > Messages.MAX_RENDERED) {
                break;
            }
            if (i > 0) {
                sb.append(", ");
            }
            JsonNode element = value.get(i);
            if (element.isNull()) {
                sb.append("null");
            } else {
                member.render(element, sb);
            }
        }
        sb.append(']');
    }
}
