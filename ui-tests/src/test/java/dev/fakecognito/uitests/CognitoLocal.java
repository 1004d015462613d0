package dev.fakecognito.uitests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * cognito-local (npm, pinned in this module's package-lock.json), the user-pool emulator, run as users run
 * it: {@code node …/cognito-local/lib/bin/start.js} in a folder of its own, on a free port, with the data
 * of {@code samples/web-app/cognito-local} (the user pool {@code local_webapp}, its app client and users)
 * and its token issuer set to {@code http://localhost:<port>}. Stopped on close.
 */
final class CognitoLocal implements AutoCloseable {
    static final String USER_POOL_ID = "local_webapp";
    static final String CLIENT_ID = "webappclient0000000000000a";

    private final Path folder;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    final int port;

    CognitoLocal() throws IOException, InterruptedException {
        Path packages = Npm.installed(Npm.uiTests());
        folder = Files.createTempDirectory("cognito-local-");
        copy(Npm.webApp().resolve("cognito-local"), folder.resolve(".cognito"));
        port = freePort();
        Files.writeString(
                folder.resolve(".cognito/config.json"),
                "{\"TokenConfig\": {\"IssuerDomain\": \"http://localhost:" + port + "\"}}");
        ProcessBuilder builder = new ProcessBuilder(
                        Npm.onPath("node").toString(),
                        packages.resolve("node_modules/cognito-local/lib/bin/start.js")
                                .toString())
                .directory(folder.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("HOST", "localhost");
        builder.environment().put("NODE_NO_WARNINGS", "1");
        process = builder.start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            output.add(line);
                            if (line.contains("Cognito Local running on")) {
                                ready.countDown();
                            }
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                },
                "cognito-local-output");
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(60, TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException("cognito-local did not start: " + output);
        }
    }

    /** Where it listens, e.g. {@code http://localhost:41234}. */
    URI endpoint() {
        return URI.create("http://localhost:" + port);
    }

    /**
     * The provider name of its user pool as Amplify writes it in {@code Logins} (the ID token's {@code iss}
     * without {@code http://}), which the identity pool lists in {@code CognitoIdentityProviders}.
     */
    String providerName() {
        return "localhost:" + port + "/" + USER_POOL_ID;
    }

    /** Signs a user in with its password ({@code USER_PASSWORD_AUTH}) and returns the ID token the emulator issues. */
    String idToken(String email, String password) {
        try (CognitoIdentityProviderClient userPools = userPools()) {
            return userPools
                    .initiateAuth(b -> b.clientId(CLIENT_ID)
                            .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                            .authParameters(Map.of("USERNAME", email, "PASSWORD", password)))
                    .authenticationResult()
                    .idToken();
        }
    }

    private CognitoIdentityProviderClient userPools() {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Creates a confirmed user with a permanent password through the emulator's user-pool API. */
    void createUser(String email, String password) {
        try (CognitoIdentityProviderClient userPools = userPools()) {
            userPools.adminCreateUser(
                    b -> b.userPoolId(USER_POOL_ID).username(email).messageAction(MessageActionType.SUPPRESS));
            userPools.adminSetUserPassword(b -> b.userPoolId(USER_POOL_ID)
                    .username(email)
                    .password(password)
                    .permanent(true));
        }
    }

    /** Everything it printed so far. */
    List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: left for the system to clean
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
