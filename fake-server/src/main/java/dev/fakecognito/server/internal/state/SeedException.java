package dev.fakecognito.server.internal.state;

/**
 * A seed that cannot be applied: it clashes with the state or breaks an invariant. Says which pool
 * (and identity) of the seed list is at fault, so that the fixtures layer can point at the document.
 */
public final class SeedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int poolIndex;
    private final int identityIndex;
    private final String field;

    /**
     * Creates the error.
     *
     * @param poolIndex     the index of the pool in the seed list
     * @param identityIndex the index of the identity in its pool, or -1
     * @param field         the field at fault (fixture naming, e.g. {@code id}, {@code logins}), or {@code null}
     * @param message       what is wrong
     */
    public SeedException(int poolIndex, int identityIndex, String field, String message) {
        super(message, null, false, false);
        this.poolIndex = poolIndex;
        this.identityIndex = identityIndex;
        this.field = field;
    }

    /** The index of the pool in the seed list. */
    public int poolIndex() {
        return poolIndex;
    }

    /** The index of the identity in its pool, or -1 when the pool itself is at fault. */
    public int identityIndex() {
        return identityIndex;
    }

    /** The field at fault, or {@code null}. */
    public String field() {
        return field;
    }
}
