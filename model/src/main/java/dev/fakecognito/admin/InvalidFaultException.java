package dev.fakecognito.admin;

/**
 * A fault a fake refuses to inject, from Java, over HTTP or in a fixture document: the message names
 * the field and its value, e.g.
 * {@code Invalid fault: error: 'ThrottlingException' is not an error GetId can raise (it can raise …)}.
 * Nothing of the refused fault (or of a document holding it) was added.
 */
public final class InvalidFaultException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * Creates the error.
     *
     * @param field   the field at fault, e.g. {@code error}, {@code match.IdentityId} or
     *                {@code unprocessedIdentityIds[1]}; empty for the fault as a whole
     * @param problem what is wrong, with the value
     */
    public InvalidFaultException(String field, String problem) {
        super("Invalid fault: " + (field == null || field.isEmpty() ? "" : field + ": ") + problem);
        this.field = field == null ? "" : field;
        this.problem = problem;
    }

    /** The field at fault, e.g. {@code error} or {@code match.IdentityId}; empty for the fault as a whole. */
    public String field() {
        return field;
    }

    /** What is wrong, with the value, without the field. */
    public String problem() {
        return problem;
    }
}
