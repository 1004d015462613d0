package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** An integer or long shape with its value range. The JSON value must be an integral number that fits. */
final class NumberNode extends LeafNode {

    private final boolean isLong;
    private final Long min;
    private final Long max;
    private final List<String> phrases;

    NumberNode(String shapeName, boolean redacted, boolean isLong, Long min, Long max) {
        super(shapeName, redacted);
        this.isLong = isLong;
        this.min = min;
        this.max = max;
        List<String> all = new ArrayList<>(2);
        if (max != null) {
            all.add(Messages.maxValue(max));
        }
        if (min != null) {
            all.add(Messages.minValue(min));
        }
        this.phrases = List.copyOf(all);
    }

    @Override
    void checkType(JsonNode value) {
        boolean fits = value.isIntegralNumber() && (isLong ? value.canConvertToLong() : value.canConvertToInt());
        if (!fits) {
            throw Messages.mismatch(value, isLong ? "a Long" : "an Integer");
        }
    }

    @Override
    boolean accepts(JsonNode value) {
        long v = value.longValue();
        return (min == null || v >= min) && (max == null || v <= max);
    }

    @Override
    List<String> failures(JsonNode value) {
        long v = value.longValue();
        if (max != null && v > max) {
            return List.of(Messages.maxValue(max));
        }
        if (min != null && v < min) {
            return List.of(Messages.minValue(min));
        }
        return List.of();
    }

    @Override
    List<String> phrases() {
        return phrases;
    }
}
