package dev.fakecognito.server.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A timestamp shape: awsJson sends epoch seconds as a JSON number (fraction allowed). No constraints. */
final class TimestampNode extends LeafNode {

    TimestampNode(String shapeName, boolean redacted) {
        super(shapeName, redacted);
    }

    @Override
    void checkType(JsonNode value) {
        if (!value.isNumber()) {
            throw Messages.mismatch(value, "a Timestamp");
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
