package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The precompiled checker of one model shape. A tree of these is built once per {@link RequestValidator};
 * checking a request walks the JSON body and this tree together. Immutable after construction.
 */
abstract class ShapeNode {

    private final String shapeName;
    private final boolean redacted;

    ShapeNode(String shapeName, boolean redacted) {
        this.shapeName = shapeName;
        this.redacted = redacted;
    }

    /** The model shape name, for diagnostics. */
    final String shapeName() {
        return shapeName;
    }

    /** Whether values of this shape are (or contain) sensitive data and must not be shown in messages. */
    final boolean redacted() {
        return redacted;
    }

    /**
     * Checks a present value: throws a {@code SerializationException} on the first JSON type mismatch and
     * adds every failed constraint to {@code out}.
     *
     * @param value   the value, neither Java null nor JSON null
     * @param parent  the path of the enclosing value, or null at the top level
     * @param segment the last path segment of this value, or null for the body itself
     * @param out     where violations go
     */
    abstract void check(JsonNode value, Path parent, String segment, Violations out);

    /** Appends the value as Coral shows it in messages (Java {@code toString} style). */
    abstract void render(JsonNode value, StringBuilder sb);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + shapeName + "]";
    }
}
