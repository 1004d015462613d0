package dev.fakecognito.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Null-safe immutable copies that keep the order of the document or request they came from. Shared
 * by the model's records and the fake's state. Not API: it may change in any release.
 */
public final class Copies {
    private Copies() {}

    /**
     * An unmodifiable copy in iteration order; empty for {@code null}. Null values are kept (a fixture
     * document may hold them until it is checked).
     *
     * @param map the map to copy, or {@code null}
     * @param <K> the key type
     * @param <V> the value type
     * @return the copy
     */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        if (map.size() == 1) { // the common case of one login: no LinkedHashMap needed to keep an order
            Map.Entry<K, V> only = map.entrySet().iterator().next();
            return Collections.singletonMap(only.getKey(), only.getValue());
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * An unmodifiable copy in order; empty for {@code null}. Null elements are kept (a fixture document
     * may hold them until it is checked).
     *
     * @param list the list to copy, or {@code null}
     * @param <T>  the element type
     * @return the copy
     */
    public static <T> List<T> list(List<T> list) {
        return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * A deeply unmodifiable copy of a JSON value as Jackson reads it into plain Java (maps, lists, strings,
     * numbers, booleans, null), keeping the order of objects.
     *
     * @param value the value, or {@code null}
     * @return the copy; {@code null} for {@code null}
     */
    public static Object json(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, json(element)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(json(element)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
