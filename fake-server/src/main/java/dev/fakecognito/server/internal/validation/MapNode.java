package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A map shape: a JSON object with an optional size range. As Coral does, key failures are reported once at
 * the map's path as {@code Map keys must satisfy constraint: [all key constraints]}, and likewise failures
 * of scalar values as {@code Map value must satisfy constraint: [...]}. Structure or list values are
 * checked in place at {@code path.<key>.member}.
 */
final class MapNode extends ShapeNode {

    private final StringNode key;
    private final ShapeNode value;
    private final Long min;
    private final Long max;

    MapNode(String shapeName, boolean redacted, StringNode key, ShapeNode value, Long min, Long max) {
        super(shapeName, redacted);
        this.key = key;
        this.value = value;
        this.min = min;
        this.max = max;
    }

    @Override
    void check(JsonNode map, Path parent, String segment, Violations out) {
        if (!map.isObject()) {
            throw Messages.mismatch(map, "a Map");
        }
        Path self = new Path(parent, segment);
        int size = map.size();
        if (max != null && size > max) {
            out.add(self, map, this, Messages.maxLength(max));
        }
        if (min != null && size < min) {
            out.add(self, map, this, Messages.minLength(min));
        }
        boolean badKey = false;
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            if (!key.acceptsText(e.getKey())) {
                badKey = true;
                break;
            }
        }
        if (value instanceof LeafNode leaf) {
            checkLeafValues(map, leaf, self, badKey, out);
        } else {
            if (badKey) {
                out.add(self, map, this, Messages.mapKeys(key.phrases()));
            }
            for (Map.Entry<String, JsonNode> e : map.properties()) {
                Path at = new Path(self, e.getKey());
                if (e.getValue().isNull()) {
                    out.add(new Path(at, "member"), null, value, Messages.NOT_NULL);
                } else {
                    value.check(e.getValue(), at, "member", out);
                }
            }
        }
    }

    private void checkLeafValues(JsonNode map, LeafNode leaf, Path self, boolean badKey, Violations out) {
        boolean badValue = false;
        boolean nullValue = false;
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            JsonNode v = e.getValue();
            if (v.isNull()) {
                nullValue = true;
            } else {
                leaf.checkType(v);
                badValue |= !leaf.accepts(v);
            }
        }
        if (badKey) {
            out.add(self, map, this, Messages.mapKeys(key.phrases()));
        }
        if (badValue || nullValue) {
            List<String> phrases = leaf.phrases();
            if (nullValue) {
                phrases = new ArrayList<>(phrases);
                phrases.add(Messages.NOT_NULL);
            }
            out.add(self, map, this, Messages.mapValue(phrases));
        }
    }

    /** Renders as {@code {k=v, k2=v2}} in the body's order. */
    @Override
    void render(JsonNode map, StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            if (sb.length() > Messages.MAX_RENDERED) {
                break;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey()).append('=');
            if (e.getValue().isNull()) {
                sb.append("null");
            } else {
                value.render(e.getValue(), sb);
            }
        }
        sb.append('}');
    }
}
