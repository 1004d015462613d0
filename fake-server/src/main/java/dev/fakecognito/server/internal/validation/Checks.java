package dev.fakecognito.server.internal.validation;

import java.util.List;
import java.util.Map;

/**
 * What the compiled checks ({@link CognitoIdentityModel}) ask of a read value: that it has its shape's
 * JSON type (else the {@code SerializationException} its {@link Mismatch} makes), and the length of a
 * string as the model counts it.
 */
final class Checks {
    private Checks() {}

    static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw mismatch(value, "a String");
    }

    static boolean bool(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw mismatch(value, "a Boolean");
    }

    static int integer(Object value) {
        if (value instanceof Integer integer) {
            return integer;
        }
        throw mismatch(value, "an Integer");
    }

    static long longValue(Object value) {
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof Integer number) {
            return number; // a member bound from a record built in code (seeding)
        }
        throw mismatch(value, "a Long");
    }

    static Object[] structure(Object value) {
        if (value instanceof Object[] members) {
            return members;
        }
        throw mismatch(value, "a Structure");
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw mismatch(value, "a List");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw mismatch(value, "a Map");
    }

    private static RuntimeException mismatch(Object value, String expected) {
        if (value instanceof Mismatch mismatch) {
            return mismatch.error(expected);
        }
        return new IllegalStateException("a value of " + value.getClass().getName() + " where " + expected
                + " was expected: a record that does not match the model");
    }

    /** Length in Unicode code points, as Smithy length constraints count. */
    static long length(String s) {
        int chars = s.length();
        for (int i = 0; i < chars; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return s.codePointCount(0, chars);
            }
        }
        return chars;
    }
}
