package dev.fakecognito.admin.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.admin.InvalidFaultException;
import dev.fakecognito.model.Fault;
import dev.fakecognito.model.internal.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The JSON of faults on the admin endpoints: a fault as {@code POST /_fake/faults} takes it (unknown
 * members refused), and an injected fault as the endpoints answer it, {@code id} first, then the
 * fault's members, {@code hits} and {@code remaining} (left out when unlimited). Not API.
 */
public final class FaultDocuments {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private FaultDocuments() {}

    /**
     * An injected fault as read from the admin endpoints.
     *
     * @param id        its id in the fake
     * @param fault     the fault
     * @param hits      the calls it affected
     * @param remaining the calls it will still affect, or {@code null} when unlimited
     */
    public record Listed(String id, Fault fault, int hits, Integer remaining) {}

    /**
     * Reads a fault as {@code POST /_fake/faults} takes it.
     *
     * @param json the request body
     * @return the fault, not yet checked against the service
     * @throws InvalidFaultException for malformed JSON, an unknown member or a value of the wrong type
     */
    public static Fault read(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidFaultException("", "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidFaultException(
                    "",
                    "a fault is a JSON object such as {\"operation\": \"GetId\", \"error\": \"TooManyRequestsException\"}");
        }
        try {
            return JSON.treeToValue(tree, Fault.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidFaultException(
                    e.getPropertyName(),
                    "unknown field '" + e.getPropertyName() + "'"
                            + Suggestions.suggestion(e.getPropertyName(), e.getKnownPropertyIds(), "fields"));
        } catch (MismatchedInputException e) {
            String field = field(e);
            String pointer = "/" + field.replace('.', '/').replace("[", "/").replace("]", "");
            throw new InvalidFaultException(
                    field, "expected " + expected(e.getTargetType()) + ", found " + tree.at(pointer));
        } catch (JsonMappingException e) {
            throw new InvalidFaultException(field(e), firstLine(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw new InvalidFaultException("", firstLine(e.getOriginalMessage()));
        }
    }

    /** Writes an injected fault as the endpoints answer it. */
    public static String write(FaultHandle handle) {
        return toTree(handle).toString();
    }

    /** Writes injected faults as {@code GET /_fake/faults} answers them: {@code {"faults": [...]}}. */
    public static String writeList(List<FaultHandle> handles) {
        ObjectNode list = JSON.createObjectNode();
        ArrayNode faults = list.putArray("faults");
        handles.forEach(handle -> faults.add(toTree(handle)));
        return list.toString();
    }

    /** Reads an injected fault as the endpoints answer it. */
    public static Listed readListed(String json) {
        return listed(tree(json));
    }

    /** Reads the answer of {@code GET /_fake/faults}. */
    public static List<Listed> readList(String json) {
        List<Listed> listed = new ArrayList<>();
        for (JsonNode fault : tree(json).path("faults")) {
            listed.add(listed(fault));
        }
        return listed;
    }

    private static ObjectNode toTree(FaultHandle handle) {
        ObjectNode node = JSON.createObjectNode().put("id", handle.id());
        node.setAll((ObjectNode) JSON.valueToTree(handle.fault()));
        node.put("hits", handle.hits());
        OptionalInt remaining = handle.remaining();
        if (remaining.isPresent()) {
            node.put("remaining", remaining.getAsInt());
        }
        return node;
    }

    private static Listed listed(JsonNode node) {
        if (!node.isObject() || !node.path("id").isTextual()) {
            throw new IllegalArgumentException("not a fault of a fake: " + node);
        }
        ObjectNode fault = ((ObjectNode) node).deepCopy();
        fault.remove(List.of("id", "hits", "remaining"));
        try {
            return new Listed(
                    node.get("id").asText(),
                    JSON.treeToValue(fault, Fault.class),
                    node.path("hits").asInt(),
                    node.hasNonNull("remaining") ? node.get("remaining").asInt() : null);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a fault of a fake: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String field(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "another kind of value";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
