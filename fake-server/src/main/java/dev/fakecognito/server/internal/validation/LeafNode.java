package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A scalar shape: string, boolean, number or timestamp. */
abstract class LeafNode extends ShapeNode {

    LeafNode(String shapeName, boolean redacted) {
        super(shapeName, redacted);
    }

    /** Throws a {@code SerializationException} unless the value has this shape's JSON type. */
    abstract void checkType(JsonNode value);

    /** Whether a value of the right JSON type satisfies every constraint. */
    abstract boolean accepts(JsonNode value);

    /** The phrases of the constraints that the value fails, in constraint order. */
    abstract List<String> failures(JsonNode value);

    /** The phrases of all this shape's constraints, in constraint order (for map key and value messages). */
    abstract List<String> phrases();

    @Override
    final void check(JsonNode value, Path parent, String segment, Violations out) {
        checkType(value);
        if (!accepts(value)) {
            Path path = new Path(parent, segment);
            for (String phrase : failures(value)) {
                out.add(path, value, this, phrase);
            }
        }
    }

    @Override
    void render(JsonNode value, StringBuilder sb) {
        sb.append(value.asText());
    }
}
