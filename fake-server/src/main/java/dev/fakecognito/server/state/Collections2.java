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
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> copyOfList(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
