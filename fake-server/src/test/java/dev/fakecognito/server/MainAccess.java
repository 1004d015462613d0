package dev.fakecognito.server;

import java.util.Map;

/** Lets tests in other packages read options and environment as {@code Main} does. */
public final class MainAccess {
    private MainAccess() {}

    /** {@code Main.configure}: the builder the options and variables make. */
    public static FakeCognitoIdentity.Builder configure(String[] args, Map<String, String> env) {
        return Main.configure(args, env);
    }
}
