package dev.fakecognito.server.internal.validation;

/**
 * An API call's body as read, before it is checked: its input's members in the model's order (values
 * of the wrong JSON type kept as such), none when the body was empty or JSON {@code null}, or what the
 * body was when it is no JSON object.
 */
public final class RequestBody {
    final int operation;
    /** The members ({@code Object[]}), {@code null} when absent, or the {@link Mismatch} of the body. */
    final Object root;

    RequestBody(int operation, Object root) {
        this.operation = operation;
        this.root = root;
    }

    /**
     * The input's members in the model's order, for binding once {@link RequestValidator#check} passed.
     *
     * @return the members, or {@code null} when the body had none
     */
    public Object[] members() {
        return root instanceof Object[] members ? members : null;
    }

    /**
     * One member of the input as read, by its wire name.
     *
     * @param name e.g. {@code IdentityPoolId}
     * @return its value as read (possibly of the wrong JSON type), or {@code null} when absent
     */
    public Object member(String name) {
        Object[] members = members();
        if (members == null || operation < 0) {
            return null;
        }
        String[] names = CognitoIdentityModel.INPUT_MEMBERS[operation];
        for (int i = 0; i < names.length && i < members.length; i++) {
            if (names[i].equals(name)) {
                return members[i];
            }
        }
        return null;
    }
}
