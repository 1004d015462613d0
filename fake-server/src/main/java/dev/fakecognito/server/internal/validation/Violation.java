package dev.fakecognito.server.internal.validation;

/**
 * One failed constraint, rendered only when the error is thrown.
 *
 * @param path   where: the member path
 * @param value  the offending value, or null for a missing member
 * @param shape  the shape of the value (a {@link CognitoIdentityModel} id), which knows how to render it
 * @param phrase the constraint phrase ({@code Member must not be null}, ...)
 */
record Violation(Path path, Object value, int shape, String phrase) {

    /** {@code Value 'v' at 'path' failed to satisfy constraint: phrase}. */
    String render() {
        StringBuilder sb = new StringBuilder(96);
        if (value == null) {
            sb.append("Value null");
        } else if (CognitoIdentityModel.redacted(shape)) {
            // Coral leaves out sensitive values: "Value at 'password' failed to satisfy ..."
            sb.append("Value");
        } else {
            StringBuilder rendered = new StringBuilder();
            CognitoIdentityModel.render(shape, value, rendered);
            sb.append("Value '").append(Messages.headerSafe(rendered)).append('\'');
        }
        return sb.append(" at '")
                .append(path)
                .append("' failed to satisfy constraint: ")
                .append(phrase)
                .toString();
    }
}
