package dev.fakecognito.server.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-safe immutable copies that keep the order clients sent. */
final class Collections2 {
    private Collections2() {
    }

    static <K, V> Map<K, V> copyOfMap(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        if (map.size() == 1) { // the common case of one login: no LinkedHashMap needed to keep an order
            Map.Entry<K, V> only = map.entrySet().iterator().next();
            return Collections.singletonMap(only.getKey(), only.getValue());
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> copyOfList(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
