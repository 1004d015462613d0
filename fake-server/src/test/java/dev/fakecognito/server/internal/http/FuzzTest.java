package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bounded, reproducible fuzz (fixed seed) over the 23 operations: bodies built from the model with
 * valid, wrong-typed, null, huge, deeply nested, unicode and control-character values, plus broken
 * JSON and wrong targets. Nothing may produce a 5xx, a non-JSON error or internals in a body.
 */
class FuzzTest extends ProtocolTestBase {
    /** Fixed for reproducible runs; {@code -Dfuzz.seed=N -Dfuzz.requests=N} explore further by hand. */
    private static final long SEED = Long.getLong("fuzz.seed", 20240607L);

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 300);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Placeholder values: rendered as deep nesting and as a string with a raw control character. */
    private static final String DEEP = "\u0000DEEP";

    private static final String RAW_CONTROL = "\u0000RAW";
    /** How Jackson writes the placeholders. */
    private static final String JSON_DEEP = "\"\\u0000DEEP\"";

    private static final String JSON_RAW = "\\u0000RAW";
    private static final List<String> LEAKS = List.of(
            "Exception:",
            "at dev.",
            "\tat ",
            "dev.fakecognito",
            "java.lang.",
            "java.util.",
            "com.fasterxml",
            "io.undertow",
            "NullPointer",
            "Caused by");

    private JsonNode model;
    private final List<String> strings = new ArrayList<>();
    private final List<String> poolIds = new ArrayList<>();
    private final List<String> identityIds = new ArrayList<>();
    private final List<String> arns = new ArrayList<>();
    private final List<String> providers = List.of(
            "login.fuzz",
            "graph.facebook.com",
            "accounts.google.com",
            "cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefghi",
            "www.amazon.com",
            "cognito-identity.amazonaws.com");

    @BeforeAll
    void setUp() throws IOException {
        try (InputStream in = getClass()
                .getResourceAsStream("/dev/fakecognito/server/internal/validation/cognito-identity-2014-06-30.json")) {
            assertThat(in).as("the service model on the classpath").isNotNull();
            model = JSON.readTree(in);
        }
        assertThat(model.path("operations").size()).isEqualTo(23);

        List<String> fixtures = createFixtures();
        String guestPool = fixtures.get(0);
        String devPool = fixtures.get(1);
        String guest = fixtures.get(2);
        String developer = fixtures.get(3);
        strings.addAll(List.of(
                guestPool,
                devPool,
                guest,
                developer,
                "us-east-1:00000000-0000-0000-0000-000000000000",
                "eu-west-1:" + guestPool.substring(10),
                "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + guestPool,
                "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + devPool,
                "arn:aws:iam::123456789012:role/guest",
                "arn:aws:iam::123456789012:oidc-provider/example.com",
                "login.fuzz",
                "graph.facebook.com",
                "accounts.google.com",
                "www.amazon.com",
                "api.twitter.com",
                "cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefghi",
                "cognito-identity.amazonaws.com",
                "user-1",
                "user-2",
                "authenticated",
                "unauthenticated",
                "Token",
                "Rules",
                "Deny",
                "AuthenticatedRole",
                "Equals",
                "Contains",
                "StartsWith",
                "NotEqual",
                "sub",
                "aud",
                "fuzz_pool",
                "eyJhbGciOiJub25lIn0.e30.",
                "",
                " ",
                "null",
                "true",
                "0",
                "-1",
                "\u00e9\u00e8\u2603\ud83d\ude00",
                "\u202e\u200b\ufeff",
                "a\nb\tc\rd\u0001\u001f",
                "'\"\\/<>&;",
                "${jndi:ldap://x}",
                "%s%n%x",
                "../../etc/passwd"));
    }

    @Test
    void randomRequestsNeverGiveAServerErrorOrLeakInternals() {
        Random random = new Random(SEED);
        List<String> operations = new ArrayList<>();
        model.path("operations").fieldNames().forEachRemaining(operations::add);
        List<String> problems = new ArrayList<>();
        Set<String> succeeded = new TreeSet<>();
        Set<String> errorTypes = new TreeSet<>();

        for (int i = 0; i < REQUESTS; i++) {
            String operation = operations.get(random.nextInt(operations.size()));
            String target = TARGET_PREFIX + operation;
            String body;
            int mode = random.nextInt(100);
            JsonNode inputShape =
                    shape(model.at("/operations/" + operation + "/input/shape").asText());
            if (mode < 55) {
                body = render(structure(random, inputShape, 0, mode < 35 ? 0.02 : 0.2), random);
            } else if (mode < 70) {
                body = mutateText(random, render(structure(random, inputShape, 0, 0.05), random));
            } else if (mode < 85) {
                body = render(anyValue(random, 0), random);
            } else if (mode < 90) {
                body = random.nextBoolean() ? "" : "   ";
            } else {
                target = randomTarget(random, operation);
                body = render(structure(random, inputShape, 0, 0.1), random);
            }
            String contentType = switch (random.nextInt(6)) {
                case 0 -> "application/json";
                case 1 -> null;
                case 2 -> "text/plain";
                default -> AWS_JSON;
            };
            HttpResponse<String> response;
            try {
                response = post(target, contentType, body);
            } catch (RuntimeException e) {
                problems.add("#" + i + " " + target + ": no answer (" + e + ") to " + abbreviate(body));
                continue;
            }
            String problem = check(response);
            if (response.statusCode() == 200) {
                succeeded.add(operation);
                if (operation.startsWith("Delete")) {
                    createFixtures(); // keep later requests reaching live pools and identities
                }
            } else if (problem == null) {
                errorTypes.add(json(response).path("__type").asText());
            }
            if (problem != null) {
                problems.add("#" + i + " " + target + ": " + problem + " for " + abbreviate(body));
            }
        }

        assertThat(problems)
                .as("problems in %d fuzzed requests (seed %d)", REQUESTS, SEED)
                .isEmpty();
        // the fuzz is not vacuous: it reached operations and their errors, not only the parser
        assertThat(succeeded).as("operations that succeeded").hasSizeGreaterThanOrEqualTo(5);
        assertThat(errorTypes)
                .as("error types seen")
                .contains(
                        "SerializationException",
                        "ValidationException",
                        "ResourceNotFoundException",
                        "UnknownOperationException",
                        "InvalidParameterException",
                        "NotAuthorizedException");
        assertThat(ok(get("/_fake/health")).path("status").asText()).isEqualTo("UP");
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isNotEmpty();
    }

    /**
     * A guest pool with roles, a developer pool, a guest and a developer identity (returned in that order),
     * which the fuzzed requests name; replaces those of earlier calls.
     */
    private List<String> createFixtures() {
        String guestPool = createPool(true);
        ok(call(
                "SetIdentityPoolRoles",
                "{\"IdentityPoolId\":\"" + guestPool + "\",\"Roles\":{"
                        + "\"unauthenticated\":\"arn:aws:iam::123456789012:role/guest\","
                        + "\"authenticated\":\"arn:aws:iam::123456789012:role/user\"}}"));
        String devPool = ok(call(
                        "CreateIdentityPool",
                        "{\"IdentityPoolName\":\"" + uniqueName("fuzz")
                                + "\",\"AllowUnauthenticatedIdentities\":true,\"DeveloperProviderName\":\"login.fuzz\","
                                + "\"SupportedLoginProviders\":{\"graph.facebook.com\":\"123\"}}"))
                .path("IdentityPoolId")
                .asText();
        String guest = guestIdentity(guestPool);
        String developer = ok(call(
                        "GetOpenIdTokenForDeveloperIdentity",
                        "{\"IdentityPoolId\":\"" + devPool + "\",\"Logins\":{\"login.fuzz\":\"user-1\"}}"))
                .path("IdentityId")
                .asText();
        poolIds.clear();
        poolIds.addAll(List.of(guestPool, devPool, "us-east-1:00000000-0000-0000-0000-000000000000"));
        identityIds.clear();
        identityIds.addAll(List.of(guest, developer, "us-east-1:00000000-0000-0000-0000-000000000001"));
        arns.clear();
        arns.addAll(List.of(
                "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + guestPool,
                "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + devPool,
                "arn:aws:iam::123456789012:role/guest",
                "arn:aws:iam::123456789012:oidc-provider/example.com"));
        return List.of(guestPool, devPool, guest, developer);
    }

    /** Null when the response is acceptable, else what is wrong with it. */
    private static String check(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return "status " + status + " " + abbreviate(body);
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return "body shows internals ('" + leak + "'): " + abbreviate(body);
            }
        }
        if (response.headers().firstValue("x-amzn-RequestId").isEmpty()) {
            return "no x-amzn-RequestId";
        }
        if (status == 200) {
            if (body.isEmpty()) {
                return null;
            }
            JsonNode parsed = tryParse(body);
            return parsed != null && parsed.isObject()
                    ? null
                    : "200 with a body that is not a JSON object: " + abbreviate(body);
        }
        JsonNode parsed = tryParse(body);
        if (parsed == null
                || !parsed.path("__type").isTextual()
                || parsed.path("__type").asText().isEmpty()) {
            return "status " + status + " without a JSON __type: " + abbreviate(body);
        }
        if (!response.headers()
                .firstValue("x-amzn-ErrorType")
                .orElse("")
                .equals(parsed.path("__type").asText() + ":")) {
            return "x-amzn-ErrorType disagrees with " + abbreviate(body);
        }
        return null;
    }

    private static JsonNode tryParse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private JsonNode shape(String name) {
        return model.path("shapes").path(name);
    }

    /** A structure with some of its members, each valid-looking or, with probability {@code wrong}, anything. */
    private JsonNode structure(Random random, JsonNode shape, int depth, double wrong) {
        ObjectNode node = NODES.objectNode();
        List<String> required = new ArrayList<>();
        shape.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> members = shape.path("members").fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            boolean keep = required.contains(member.getKey()) ? random.nextInt(20) > 0 : random.nextInt(10) < 5;
            if (keep) {
                node.set(
                        member.getKey(),
                        random.nextDouble() < wrong
                                ? anyValue(random, depth + 1)
                                : value(
                                        random,
                                        shape(member.getValue().path("shape").asText()),
                                        depth + 1,
                                        wrong));
            }
        }
        if (random.nextInt(10) == 0) {
            node.set("Unmodelled" + random.nextInt(100), anyValue(random, depth + 1));
        }
        return node;
    }

    private JsonNode value(Random random, JsonNode shape, int depth, double wrong) {
        if (depth > 6) {
            return NODES.nullNode();
        }
        switch (shape.path("type").asText()) {
            case "structure":
                return structure(random, shape, depth, wrong);
            case "list": {
                ArrayNode list = NODES.arrayNode();
                int size = random.nextInt(10) == 0 ? 70 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(
                            random.nextDouble() < wrong
                                    ? anyValue(random, depth + 1)
                                    : value(
                                            random,
                                            shape(shape.at("/member/shape").asText()),
                                            depth + 1,
                                            wrong));
                }
                return list;
            }
            case "map": {
                ObjectNode map = NODES.objectNode();
                int size = random.nextInt(10) == 0 ? 60 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    String key = size > 10 ? "key" + i : randomString(random);
                    map.set(
                            key,
                            random.nextDouble() < wrong
                                    ? anyValue(random, depth + 1)
                                    : value(
                                            random,
                                            shape(shape.at("/value/shape").asText()),
                                            depth + 1,
                                            wrong));
                }
                return map;
            }
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "integer":
            case "long":
                return NODES.numberNode(random.nextInt(10) == 0 ? random.nextLong() : random.nextInt(120) - 10);
            case "timestamp":
                return NODES.numberNode(1.7e9 + random.nextInt(1000));
            case "string":
                if (shape.has("enum") && random.nextBoolean()) {
                    JsonNode values = shape.path("enum");
                    return NODES.textNode(
                            values.path(random.nextInt(values.size())).asText());
                }
                return NODES.textNode(
                        random.nextInt(4) == 0
                                ? randomString(random)
                                : plausibleString(random, shape.path("pattern").asText(), shapeName(shape)));
            default:
                return anyValue(random, depth);
        }
    }

    /** The name of a shape in the model (shapes are found by identity). */
    private String shapeName(JsonNode shape) {
        Iterator<Map.Entry<String, JsonNode>> shapes = model.path("shapes").fields();
        while (shapes.hasNext()) {
            Map.Entry<String, JsonNode> entry = shapes.next();
            if (entry.getValue() == shape) {
                return entry.getKey();
            }
        }
        return "";
    }

    /** A value that usually gets past validation to the operation itself. */
    private String plausibleString(Random random, String pattern, String shapeName) {
        return switch (shapeName) {
            case "IdentityPoolId" -> pick(random, poolIds);
            case "IdentityId" -> pick(random, identityIds);
            case "ARNString" -> pick(random, arns);
            case "IdentityPoolName" -> "fuzz_" + random.nextInt(1000);
            case "DeveloperProviderName", "IdentityProviderName", "CognitoIdentityProviderName" ->
                pick(random, providers);
            case "IdentityProviderToken", "DeveloperUserIdentifier", "IdentityProviderId" ->
                "user-" + random.nextInt(4);
            case "RoleType" -> random.nextBoolean() ? "authenticated" : "unauthenticated";
            case "CognitoIdentityProviderClientId" -> "client" + random.nextInt(3);
            case "PaginationKey" -> random.nextBoolean() ? "token" : randomString(random);
            default -> pattern.isEmpty() ? randomString(random) : "value" + random.nextInt(10);
        };
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String randomString(Random random) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return "x".repeat(random.nextBoolean() ? 129 : 70_000);
        }
        if (pick == 1) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                s.append((char) random.nextInt(0x3000));
            }
            return s.toString();
        }
        return strings.get(random.nextInt(strings.size()));
    }

    /** Any JSON value at all, including placeholders for deep nesting and raw control characters. */
    private JsonNode anyValue(Random random, int depth) {
        int pick = random.nextInt(depth > 3 ? 7 : 10);
        return switch (pick) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 ->
                switch (random.nextInt(5)) {
                    case 0 -> NODES.numberNode(random.nextLong());
                    case 1 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
                    case 2 -> NODES.numberNode(-0.5);
                    case 3 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
                    default -> NODES.numberNode(random.nextInt(100));
                };
            case 3, 4 -> NODES.textNode(randomString(random));
            case 5 -> NODES.textNode(random.nextBoolean() ? DEEP : RAW_CONTROL);
            case 6 -> NODES.textNode("");
            case 7 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(anyValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomString(random), anyValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    /** Serialises, then swaps the placeholders for deep nesting or a raw control character inside a string. */
    private static String render(JsonNode node, Random random) {
        String text;
        try {
            text = JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int depth = random.nextBoolean() ? 600 : 5000;
        text = text.replace(JSON_DEEP, "[".repeat(depth) + "{\"a\":1}" + "]".repeat(depth));
        return text.replace(JSON_RAW, "a" + (char) random.nextInt(0x20) + "b");
    }

    private static String mutateText(Random random, String text) {
        StringBuilder s = new StringBuilder(text);
        for (int i = 1 + random.nextInt(3); i > 0 && s.length() > 0; i--) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.setLength(at);
                case 1 -> s.insert(at, (char) random.nextInt(0x80));
                case 2 -> s.deleteCharAt(at);
                case 3 -> s.insert(at, "{[\"".charAt(random.nextInt(3)));
                default -> s.insert(at, "\ud800");
            }
        }
        return s.toString();
    }

    private static String randomTarget(Random random, String operation) {
        return switch (random.nextInt(5)) {
            case 0 -> TARGET_PREFIX + operation.toLowerCase();
            case 1 -> "AWSCognitoIdentityProviderService." + operation;
            case 2 -> TARGET_PREFIX + operation + "X";
            case 3 -> operation;
            default -> TARGET_PREFIX + "\u00e9" + operation;
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }
}
