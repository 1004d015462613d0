package dev.fakecognito.server.internal.seeding;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.server.internal.validation.Unicode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of a whole fixture world that no single API call makes, so that seeding keeps the invariants
 * the API maintains: the merge graph of each pool, and text made of whole Unicode characters.
 */
final class WorldChecks {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private WorldChecks() {}

    /**
     * The merge graph of a pool is what merges leave: no identity merged into itself or into an identity
     * that is not in the pool, no cycle, a merged identity disabled and without logins or developer users
     * (they moved to the survivor), and each merge record naming a merged identity of the pool (its
     * source, at most once) and the identity it was merged into (its destination).
     *
     * @throws FixtureException at the field at fault
     */
    static void checkMerges(Fixtures fixtures, String at, World.IdentityPool pool) {
        Map<String, Integer> index = new HashMap<>();
        List<World.Identity> identities = pool.identities();
        for (int i = 0; i < identities.size(); i++) {
            if (identities.get(i).id() != null) {
                index.putIfAbsent(identities.get(i).id(), i);
            }
        }
        for (int i = 0; i < identities.size(); i++) {
            World.Identity identity = identities.get(i);
            String target = identity.mergedInto();
            if (target == null) {
                continue;
            }
            String identityAt = at + "/identities/" + i;
            if (target.equals(identity.id())) {
                throw fixtures.errorAt(identityAt + "/mergedInto", "an identity cannot be merged into itself");
            }
            if (!index.containsKey(target)) {
                throw fixtures.errorAt(
                        identityAt + "/mergedInto",
                        "mergedInto names " + target + ", which is not an identity of this pool");
            }
            if (!identity.logins().isEmpty()
                    || !identity.developerUserIdentifiers().isEmpty()) {
                throw fixtures.errorAt(
                        identityAt + (identity.logins().isEmpty() ? "/developerUserIdentifiers" : "/logins"),
                        "a merged identity holds no logins or developer users: they moved to " + target);
            }
            if (!Boolean.TRUE.equals(identity.disabled())) {
                throw fixtures.errorAt(
                        identityAt + (identity.disabled() == null ? "" : "/disabled"),
                        "a merged identity is disabled: add disabled: true");
            }
            Set<String> chain = new LinkedHashSet<>();
            chain.add(String.valueOf(identity.id()));
            String next = target;
            while (next != null) {
                if (!chain.add(next)) {
                    throw fixtures.errorAt(
                            identityAt + "/mergedInto", "merge cycle: " + String.join(" -> ", chain) + " -> " + next);
                }
                Integer j = index.get(next);
                next = j == null ? null : identities.get(j).mergedInto();
            }
        }
        Set<String> sources = new HashSet<>();
        for (int m = 0; m < pool.merges().size(); m++) {
            World.Merge merge = pool.merges().get(m);
            String mergeAt = at + "/merges/" + m;
            if (merge.source() == null || merge.destination() == null) {
                throw fixtures.errorAt(mergeAt, "a merge needs a source and a destination");
            }
            for (String end : new String[] {"source", "destination"}) {
                String id = end.equals("source") ? merge.source() : merge.destination();
                if (!index.containsKey(id)) {
                    throw fixtures.errorAt(
                            mergeAt + "/" + end, "names " + id + ", which is not an identity of this pool");
                }
            }
            World.Identity source = identities.get(index.get(merge.source()));
            if (!merge.destination().equals(source.mergedInto())) {
                throw fixtures.errorAt(
                        mergeAt + "/source",
                        merge.source() + " was merged into " + merge.destination()
                                + ", so its mergedInto must say " + merge.destination()
                                + (source.mergedInto() == null
                                        ? " (it has none)"
                                        : " (it says " + source.mergedInto() + ")"));
            }
            if (!sources.add(merge.source())) {
                throw fixtures.errorAt(
                        mergeAt + "/source",
                        merge.source() + " is the source of an earlier merge: an identity is merged once");
            }
        }
    }

    /**
     * Every string of the world (ids, names, logins, keys, …) is whole Unicode characters.
     *
     * @throws FixtureException at the first string holding a lone UTF-16 surrogate
     */
    static void checkText(Fixtures fixtures, World world) {
        String pointer = loneSurrogateAt(world);
        if (pointer != null) {
            throw fixtures.errorAt(
                    pointer,
                    "the text holds a lone UTF-16 surrogate, which is no Unicode character and cannot be"
                            + " written back as UTF-8");
        }
    }

    /** The JSON pointer of the first string with a lone surrogate below this value, or {@code null}. */
    private static String loneSurrogateAt(Object value) {
        if (value instanceof String text) {
            return Unicode.loneSurrogate(text) >= 0 ? "" : null;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                String below = loneSurrogateAt(read(component, record));
                if (below != null) {
                    return "/" + component.getName() + below;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String below = loneSurrogateAt(list.get(i));
                if (below != null) {
                    return "/" + i + below;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String below = Unicode.loneSurrogate(key) >= 0 ? "" : loneSurrogateAt(entry.getValue());
                if (below != null) {
                    return "/" + key.replace("~", "~0").replace("/", "~1") + below;
                }
            }
        }
        return null;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
