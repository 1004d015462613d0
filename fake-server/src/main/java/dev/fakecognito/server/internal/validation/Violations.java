package dev.fakecognito.server.internal.validation;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The violations found in one request, in the order found: the first {@link #MAX_LISTED}, as AWS
 * lists them (its message then says {@code 10 validation errors detected} whatever the real count).
 * Not thread-safe: one per request.
 */
final class Violations {
    /** At most this many violations are kept and listed. */
    static final int MAX_LISTED = 10;

    private List<Violation> list;

    /**
     * Adds a failed constraint.
     *
     * @param path   where
     * @param value  the value, or {@code null} for a missing member
     * @param shape  its shape (a {@link CognitoIdentityModel} id), which knows how to show it
     * @param phrase the constraint's phrase
     */
    void add(Path path, Object value, int shape, String phrase) {
        if (list == null) {
            list = new ArrayList<>(4);
        }
        if (list.size() < MAX_LISTED) {
            list.add(new Violation(path, value, shape, phrase));
        }
    }

    /** The same at the member {@code segment} of {@code parent}, the path made only now. */
    void add(Path parent, String segment, Object value, int shape, String phrase) {
        add(new Path(parent, segment), value, shape, phrase);
    }

    boolean isEmpty() {
        return list == null;
    }

    int size() {
        return list == null ? 0 : list.size();
    }

    /** {@code N validation error(s) detected: v1; v2}. */
    String message() {
        int n = size();
        StringBuilder sb = new StringBuilder(128 * Math.max(n, 1));
        sb.append(n).append(n == 1 ? " validation error detected: " : " validation errors detected: ");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(list.get(i).render());
        }
        return sb.toString();
    }

    /** Throws the {@code ValidationException} if anything was found. */
    void throwIfAny() {
        if (list != null) {
            throw new CognitoException(ErrorCode.VALIDATION, message());
        }
    }
}
