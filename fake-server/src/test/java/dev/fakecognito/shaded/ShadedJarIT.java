package dev.fakecognito.shaded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;

/**
 * The published (shaded) jar, as failsafe puts it on the classpath after {@code package}: its
 * third-party libraries are relocated, complete and working. The unrelocated Jackson, Undertow, XNIO,
 * JBoss, WildFly, SmallRye, SnakeYAML and Nimbus jars are excluded from this classpath (see the
 * failsafe configuration), so anything that still looked for them would fail here.
 *
 * <p>Only our public API, the AWS SDK and the JDK are used: test code is not relocated.
 */
class ShadedJarIT {
    private static final String SHADED = "dev.fakecognito.shaded.";
    /** Our classes, relocated ones and our module descriptor (src/moditect/module-info.java). */
    private static final Pattern OURS =
            Pattern.compile("(META-INF/versions/\\d+/)?dev/fakecognito/.*|module-info\\.class");

    @Test
    void theServerComesFromTheShadedJarAndTheOriginalLibrariesAreAbsent() throws Exception {
        assertThat(jar().getFileName().toString())
                .startsWith("fake-cognito-identity-server-")
                .endsWith(".jar")
                .doesNotStartWith("original-");
        for (String name : List.of(
                "com.fasterxml.jackson.databind.ObjectMapper",
                "com.fasterxml.jackson.annotation.JsonInclude",
                "com.fasterxml.jackson.dataformat.yaml.YAMLMapper",
                "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
                "org.yaml.snakeyaml.Yaml",
                "io.undertow.Undertow",
                "org.xnio.Xnio",
                "org.jboss.logging.Logger",
                "org.jboss.threads.EnhancedQueueExecutor",
                "org.wildfly.common.Assert",
                "io.smallrye.common.constraint.Assert",
                "com.nimbusds.jwt.SignedJWT",
                "com.nimbusds.jose.shaded.gson.Gson")) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
            // Present, relocated; not initialised here, so that the logging test sees a fresh JBoss Logging.
            Class.forName(SHADED + name, false, ShadedJarIT.class.getClassLoader());
        }
    }

    @Test
    void everyClassAndServiceInTheJarIsInOurPackage() throws Exception {
        List<String> strays = new ArrayList<>();
        try (JarFile jar = new JarFile(jar().toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".class") && !OURS.matcher(name).matches()) {
                    strays.add(name);
                }
                if (name.startsWith("META-INF/services/") && !entry.isDirectory()) {
                    String service = name.substring("META-INF/services/".length());
                    if (!service.startsWith("dev.fakecognito.")) {
                        strays.add(name);
                    }
                    String providers = new String(jar.getInputStream(entry).readAllBytes());
                    providers
                            .lines()
                            .map(line -> line.replaceAll("#.*", "").strip())
                            .filter(line -> !line.isEmpty() && !line.startsWith("dev.fakecognito."))
                            .forEach(line -> strays.add(name + " -> " + line));
                }
            }
            assertThat(strays).as("unrelocated classes and services").isEmpty();
            assertThat(jar.getEntry("META-INF/jandex.idx")).isNull();

            // A library: no Main-Class, no Class-Path (java -jar is the standalone jar's job).
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Main-Class")).isNull();
            assertThat(manifest.getValue("Class-Path")).isNull();
            assertThat(manifest.getValue("Multi-Release")).isEqualTo("true");
            assertThat(manifest.getValue("Automatic-Module-Name")).isEqualTo("dev.fakecognito.server");

            // Our licence and notices, and no third party's licence file in their place.
            assertThat(text(jar, "META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("../LICENSE")));
            assertThat(text(jar, "META-INF/NOTICE")).isEqualTo(Files.readString(Path.of("../NOTICE")));
            assertThat(jar.getEntry("META-INF/LICENSE.txt")).isNull();
        }
    }

    @Test
    void thePublicApiNamesNoRelocatedType() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> api = new ArrayList<>(List.of(
                FakeCognitoIdentity.class,
                FakeCognitoIdentity.Builder.class,
                Class.forName("dev.fakecognito.server.Main")));
        // The model's API comes from the model jar, which relocates the same libraries.
        Path modelJar = Path.of(
                World.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(modelJar.getFileName().toString())
                .startsWith("fake-cognito-identity-model-")
                .endsWith(".jar");
        try (JarFile jar = new JarFile(modelJar.toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (name.matches("dev/fakecognito/(model|fixtures|admin|tokens)/[^/]+\\.class")) {
                    Class<?> type = Class.forName(name.replace('/', '.').replaceAll("\\.class$", ""));
                    if (Modifier.isPublic(type.getModifiers())) {
                        api.add(type);
                    }
                }
            }
        }
        assertThat(api).contains(World.class, Fixtures.class);
        for (Class<?> type : api) {
            check(leaks, type, "extends", String.valueOf(type.getGenericSuperclass()));
            for (var supertype : type.getGenericInterfaces()) {
                check(leaks, type, "implements", supertype.getTypeName());
            }
            List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            members.addAll(List.of(type.getDeclaredMethods()));
            for (Executable member : members) {
                if (Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers())) {
                    check(leaks, type, member.getName(), member.toGenericString());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) || Modifier.isProtected(field.getModifiers())) {
                    check(leaks, type, field.getName(), field.toGenericString());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    check(
                            leaks,
                            type,
                            component.getName(),
                            component.getGenericType().getTypeName());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static String text(JarFile jar, String entry) throws IOException {
        assertThat(jar.getEntry(entry)).as(entry).isNotNull();
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void check(List<String> leaks, Class<?> type, String member, String signature) {
        if (signature.contains(SHADED)) {
            leaks.add(type.getName() + " " + member + ": " + signature);
        }
    }

    @Test
    void anEmbeddedFakeServesTheSdkWithFixturesTokensAndCredentials() throws Exception {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder()
                        .fixtures(Fixtures.fromPath(Path.of("fixtures/sample-world.yaml")))
                        .start();
                CognitoIdentityClient cognito = CognitoIdentityClient.builder()
                        .endpointOverride(fake.endpoint())
                        .region(Region.of(fake.region()))
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                        .httpClient(UrlConnectionHttpClient.create())
                        .build()) {
            String poolId = "us-east-1:11111111-2222-3333-4444-555555555555";
            DescribeIdentityPoolResponse pool = cognito.describeIdentityPool(b -> b.identityPoolId(poolId));
            assertThat(pool.identityPoolName()).isEqualTo("MobileApp");
            assertThat(pool.supportedLoginProviders()).containsKey("graph.facebook.com");

            String created = cognito.createIdentityPool(
                            b -> b.identityPoolName("Shaded").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            String guest = cognito.getId(b -> b.identityPoolId(created)).identityId();
            assertThat(cognito.listIdentities(b -> b.identityPoolId(created).maxResults(10))
                            .identities())
                    .singleElement()
                    .satisfies(identity -> assertThat(identity.identityId()).isEqualTo(guest));

            // Nimbus signs the token; its header and claims are JSON from the relocated Gson.
            String token = cognito.getOpenIdToken(b -> b.identityId(guest)).token();
            String[] parts = token.split("\\.");
            assertThat(parts).hasSize(3);
            assertThat(new String(Base64.getUrlDecoder().decode(parts[0]))).contains("\"RS512\"");
            assertThat(new String(Base64.getUrlDecoder().decode(parts[1]))).contains("\"sub\":\"" + guest + "\"");

            Credentials credentials = cognito.getCredentialsForIdentity(
                            b -> b.identityId("us-east-1:aaaaaaaa-0000-0000-0000-000000000003"))
                    .credentials();
            assertThat(credentials.accessKeyId()).isNotBlank();
            assertThat(credentials.expiration()).isNotNull();

            HttpResponse<String> jwks = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(fake.jwksUri()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(jwks.statusCode()).isEqualTo(200);
            assertThat(jwks.body()).contains("\"keys\"").contains("\"kty\":\"RSA\"");
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(fake.endpoint().resolve("/_fake/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void recordsStillWriteAndReadAsYamlAndJsonWithTheirAnnotationsHonoured() {
        World world = Fixtures.fromPath(Path.of("fixtures/sample-world.yaml")).world();
        String yaml = Fixtures.toYaml(world);
        String json = Fixtures.toJson(world);
        // @JsonInclude(NON_EMPTY): absent and empty members are left out, not written as null or [].
        assertThat(yaml).contains("name: MobileApp").doesNotContain("null").doesNotContain("[]");
        assertThat(json).contains("\"name\"").doesNotContain("null").doesNotContain("[]");
        // @JsonProperty: the ARN lists keep their API spelling.
        assertThat(Fixtures.toYaml(Fixtures.fromString("""
                identityPools:
                  - name: Oidc
                    openIdConnectProviderARNs: [ "arn:aws:iam::123456789012:oidc-provider/example.com" ]
                """).world())).contains("openIdConnectProviderARNs");
        // @JsonPropertyOrder: id and name first.
        assertThat(yaml.indexOf("id: ")).isLessThan(yaml.indexOf("supportedLoginProviders"));
        assertThat(Fixtures.fromString(yaml).world()).isEqualTo(world);
        assertThat(Fixtures.fromString(json).world()).isEqualTo(world);
    }

    @Test
    void jbossLoggingInsideTheJarLogsThroughSlf4jWithoutTouchingTheUsersProperty() throws Exception {
        FakeCognitoIdentity.builder().build().close(); // initialises the fake's logging
        Class<?> logger = Class.forName(SHADED + "org.jboss.logging.Logger");
        Method getLogger = logger.getMethod("getLogger", String.class);
        assertThat(getLogger.invoke(null, "dev.fakecognito.test").getClass().getSimpleName())
                .startsWith("Slf4j");
        assertThat(System.getProperty(SHADED + "org.jboss.logging.provider")).isEqualTo("slf4j");
        assertThat(System.getProperty("org.jboss.logging.provider")).isNull();
    }

    private static Path jar() throws URISyntaxException {
        URI location = FakeCognitoIdentity.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI();
        Path path = Path.of(location);
        assertThat(path.toString()).as("the server's classes come from a jar").endsWith(".jar");
        return path;
    }
}
