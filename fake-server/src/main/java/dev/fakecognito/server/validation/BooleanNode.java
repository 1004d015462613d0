package dev.fakecognito.server.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A boolean shape: a JSON boolean, no constraints. */
final class BooleanNode extends LeafNode {

    BooleanNode(String shapeName, boolean redacted) {
        super(shapeName, redacted);
    }

    @Override
    void checkType(JsonNode value) {
        if (!value.isBoolean()) {
            throw Messages.mismatch(value, "a Boolean");
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
