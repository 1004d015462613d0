package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A string shape with its length range, pattern (full match) and enum. Constraint order, used for both
 * separate violations and map key/value lists: max length, min length, pattern, enum.
 */
final class StringNode extends LeafNode {

    private final long minLength;
    private final long maxLength;
    private final boolean hasMin;
    private final boolean hasMax;
    private final Pattern pattern;
    private final String patternText;
    private final Set<String> enumSet;
    private final List<String> enumValues;
    private final List<String> phrases;

    StringNode(String shapeName, boolean redacted, Long min, Long max, String pattern, List<String> enumValues) {
        super(shapeName, redacted);
        this.hasMin = min != null;
        this.hasMax = max != null;
        this.minLength = hasMin ? min : 0;
        this.maxLength = hasMax ? max : Long.MAX_VALUE;
        this.patternText = pattern;
        this.pattern = pattern == null ? null : Pattern.compile(pattern);
        this.enumValues = List.copyOf(enumValues);
        this.enumSet = enumValues.isEmpty() ? null : Set.copyOf(enumValues);
        List<String> all = new ArrayList<>();
        if (hasMax) {
            all.add(Messages.maxLength(maxLength));
        }
        if (hasMin) {
            all.add(Messages.minLength(minLength));
        }
        if (pattern != null) {
            all.add(Messages.pattern(pattern));
        }
        if (enumSet != null) {
            all.add(Messages.enumSet(this.enumValues));
        }
        this.phrases = List.copyOf(all);
    }

    @Override
    void checkType(JsonNode value) {
        if (!value.isTextual()) {
            throw Messages.mismatch(value, "a String");
        }
    }

    @Override
    boolean accepts(JsonNode value) {
        return acceptsText(value.textValue());
    }

    /** Whether the text satisfies every constraint (also used for map keys). */
    boolean acceptsText(String s) {
        if (hasMin || hasMax) {
            long n = length(s);
            if (n < minLength || n > maxLength) {
                return false;
            }
        }
        return (pattern == null || pattern.matcher(s).matches()) && (enumSet == null || enumSet.contains(s));
    }

    @Override
    List<String> failures(JsonNode value) {
        String s = value.textValue();
        List<String> failed = new ArrayList<>(2);
        long n = length(s);
        if (hasMax && n > maxLength) {
            failed.add(Messages.maxLength(maxLength));
        }
        if (hasMin && n < minLength) {
            failed.add(Messages.minLength(minLength));
        }
        if (pattern != null && !pattern.matcher(s).matches()) {
            failed.add(Messages.pattern(patternText));
        }
        if (enumSet != null && !enumSet.contains(s)) {
            failed.add(Messages.enumSet(enumValues));
        }
        return failed;
    }

    @Override
    List<String> phrases() {
        return phrases;
    }

    /** Length in Unicode code points, as Smithy length constraints count. */
    private static long length(String s) {
        int chars = s.length();
        for (int i = 0; i < chars; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return s.codePointCount(0, chars);
            }
        }
        return chars;
    }
}
