package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What the compiled readers ({@link CognitoIdentityModel}) ask of one request's JSON: each member's
 * value as its shape's JSON type wants it, or the {@link Mismatch} it is, with every string and member
 * name (also those of members the model does not know) looked at for lone UTF-16 surrogates. One per
 * request; not thread-safe.
 */
final class Reading {
    private boolean loneSurrogate;

    /** Whether a string or member name held a lone surrogate. */
    boolean sawLoneSurrogate() {
        return loneSurrogate;
    }

    /** The current member name. */
    String name(JsonParser p) throws IOException {
        String name = p.currentName();
        look(name);
        return name;
    }

    /** A string value: the text, {@code null} for JSON null, else the mismatch. */
    Object string(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            look(text);
            return text;
        }
        return other(p, t);
    }

    /** A boolean value. */
    Object bool(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        return other(p, t);
    }

    /** An integer value: an integral number that fits 32 bits. */
    Object integer(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.INT ? Integer.valueOf(p.getIntValue()) : Mismatch.NUMBER;
        }
        return other(p, t);
    }

    /** A long value: an integral number that fits 64 bits. */
    Object longValue(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? Mismatch.NUMBER
                    : Long.valueOf(p.getLongValue());
        }
        return other(p, t);
    }

    /**
     * A value that is not of the JSON type expected: {@code null} for JSON null, else its mismatch (a
     * list or structure is read to its end).
     */
    Object other(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
                look(p.getText());
                return Mismatch.STRING;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                p.getNumberType(); // read it, as a JSON tree would (and its limits apply)
                return Mismatch.NUMBER;
            case VALUE_TRUE:
                return Mismatch.TRUE;
            case VALUE_FALSE:
                return Mismatch.FALSE;
            case START_ARRAY:
                skipContents(p);
                return Mismatch.LIST;
            case START_OBJECT:
                skipContents(p);
                return Mismatch.STRUCTURE;
            default:
                return Mismatch.EMBEDDED;
        }
    }

    /** A member the model does not know: read to its end (its strings looked at), then dropped. */
    void skip(JsonParser p, JsonToken t) throws IOException {
        other(p, t);
    }

    private void skipContents(JsonParser p) throws IOException {
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return; // the parser reports the missing end itself
            }
            switch (t) {
                case START_ARRAY, START_OBJECT -> depth++;
                case END_ARRAY, END_OBJECT -> depth--;
                case FIELD_NAME -> look(p.currentName());
                case VALUE_STRING -> look(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberType();
                default -> {}
            }
        }
    }

    private void look(String text) {
        if (!loneSurrogate && Unicode.loneSurrogate(text) >= 0) {
            loneSurrogate = true;
        }
    }
}
