package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;

/**
 * A shape the model puts no constraint on, only a JSON type: booleans (a JSON boolean) and timestamps
 * (awsJson sends epoch seconds as a JSON number, fraction allowed).
 */
final class UnconstrainedNode extends LeafNode {
    private final Predicate<JsonNode> hasType;
    private final String typeName;

    private UnconstrainedNode(String shapeName, boolean redacted, Predicate<JsonNode> hasType, String typeName) {
        super(shapeName, redacted);
        this.hasType = hasType;
        this.typeName = typeName;
    }

    static UnconstrainedNode bool(String shapeName, boolean redacted) {
        return new UnconstrainedNode(shapeName, redacted, JsonNode::isBoolean, "a Boolean");
    }

    static UnconstrainedNode timestamp(String shapeName, boolean redacted) {
        return new UnconstrainedNode(shapeName, redacted, JsonNode::isNumber, "a Timestamp");
    }

    @Override
    void checkType(JsonNode value) {
        if (!hasType.test(value)) {
            throw Messages.mismatch(value, typeName);
        }
    }

    @Override
    boolean accepts(JsonNode value) {
        return true;
    }

    @Override
    List<String> failures(JsonNode value) {
        return List.of();
    }

    @Override
    List<String> phrases() {
        return List.of();
    }
}
