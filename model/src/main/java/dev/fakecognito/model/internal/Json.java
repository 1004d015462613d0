package dev.fakecognito.model.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The JSON reading and writing of the model's own documents (the journal, admin answers, tokens):
 * ISO-8601 dates, unknown members ignored. Not API.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {}

    /**
     * Writes a value as compact JSON.
     *
     * @param value a record, map, list or scalar
     * @return the JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a value as compact UTF-8 JSON to a stream, without building the text in memory first.
     *
     * @param out   where to write (not closed)
     * @param value a record, map, list or scalar
     * @throws IOException when the stream fails
     */
    public static void write(OutputStream out, Object value) throws IOException {
        MAPPER.writer()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, value);
    }

    /**
     * Reads JSON text into a type.
     *
     * @param json the text
     * @param type the type to bind
     * @param <T>  the type
     * @return the value
     * @throws IllegalArgumentException when the text is not JSON of that shape, with the reason
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a value as compact UTF-8 JSON bytes.
     *
     * @param value a record, map, list or scalar
     * @return the bytes
     */
    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads UTF-8 JSON bytes into a type.
     *
     * @param json  the bytes
     * @param type  the type to bind
     * @param <T>   the type
     * @return the value
     * @throws IllegalArgumentException when the bytes are not JSON of that shape, with the reason
     */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Reads JSON text as a tree.
     *
     * @param json the text
     * @return the tree
     * @throws IllegalArgumentException when the text is not JSON, with the reason
     */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
