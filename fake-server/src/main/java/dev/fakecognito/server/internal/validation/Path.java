package dev.fakecognito.server.internal.validation;

/**
 * A member path in Coral form, built only as deep as needed: {@code roleMappings.<key>.member.type}.
 *
 * @param parent  the enclosing path, or null at the top level
 * @param segment this segment: a lowerCamelCase member name, a 1-based list index, {@code member}, or a
 *                map key
 */
record Path(Path parent, String segment) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent != null) {
            parent.append(sb);
            sb.append('.');
        }
        sb.append(Messages.headerSafe(segment));
    }
}
