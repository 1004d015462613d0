package dev.fakecognito.uitests;

import dev.fakecognito.admin.FakeAdminClient;
import dev.fakecognito.model.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web app sample's stack on free ports: cognito-local as the user pool and the fake's standalone jar
 * as the identity pool, seeded with {@code samples/web-app/fake-cognito.yaml} (its {@code localhost:9229}
 * rewritten to the emulator's port, as the sample's docs tell a reader who moves the emulator), verifying
 * the emulator's ID tokens.
 */
final class WebAppStack implements AutoCloseable {
    static final String IDENTITY_POOL_ID = "us-east-1:0e5b7a11-7e57-4c0d-a000-00000000a11e";
    static final String ALICE_SUB = "0f7c2a52-8a3e-4f5b-9d61-0a11ce000001";
    static final String BOB_SUB = "0f7c2a52-8a3e-4f5b-9d61-0b0b00000002";
    static final String EDITOR_ROLE = "arn:aws:iam::123456789012:role/WebAppEditor";
    static final String USER_ROLE = "arn:aws:iam::123456789012:role/WebAppUser";
    static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/WebAppGuest";

    final CognitoLocal userPool;
    final StandaloneJar fake;
    final FakeAdminClient admin;
    private final Path fixtures;

    /**
     * Starts the stack; the fake verifies login tokens ({@code --verify-login-tokens}).
     *
     * @param keysFromTheEmulator whether the fake fetches the emulator's keys from it (the fixture's
     *                            {@code loginTokenKeys} left out) instead of taking them from the fixture
     */
    WebAppStack(boolean keysFromTheEmulator) throws Exception {
        userPool = new CognitoLocal();
        try {
            String world = Files.readString(Npm.webApp().resolve("fake-cognito.yaml"))
                    .replace("localhost:9229/", "localhost:" + userPool.port + "/");
            if (keysFromTheEmulator) {
                world = world.substring(0, world.indexOf("\nloginTokenKeys:") + 1);
            }
            fixtures = Files.createTempFile("web-app-", ".yaml");
            Files.writeString(fixtures, world);
            fake = new StandaloneJar("--fixtures", fixtures.toString(), "--verify-login-tokens");
        } catch (IOException | RuntimeException e) {
            userPool.close();
            throw e;
        }
        admin = FakeAdminClient.connect(fake.endpoint);
    }

    /** The configuration the sample reads from its {@code config.json}, for this stack. */
    Map<String, String> amplifyConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("region", "us-east-1");
        config.put("identityPoolId", IDENTITY_POOL_ID);
        config.put("identityPoolEndpoint", fake.endpoint.toString());
        config.put("userPoolId", CognitoLocal.USER_POOL_ID);
        config.put("userPoolClientId", CognitoLocal.CLIENT_ID);
        config.put("userPoolEndpoint", userPool.endpoint().toString());
        return config;
    }

    /** The sample's identity pool as the fake has it now. */
    World.IdentityPool pool() {
        return admin.snapshot().pool(IDENTITY_POOL_ID);
    }

    /** The enabled identity whose login under the emulator's user pool is this user (its {@code sub}). */
    World.Identity identityOf(String sub) {
        return pool().identities().stream()
                .filter(identity -> sub.equals(identity.logins().get(userPool.providerName())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no identity has the login " + sub + ": " + pool()));
    }

    @Override
    public void close() throws Exception {
        try {
            fake.close();
        } finally {
            userPool.close();
            Files.deleteIfExists(fixtures);
        }
    }
}
