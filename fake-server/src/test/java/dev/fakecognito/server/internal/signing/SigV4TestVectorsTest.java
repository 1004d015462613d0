package dev.fakecognito.server.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verifier against published Signature Version 4 test vectors: each request, as the suite gives it,
 * passes with the suite's signature and fails with any other.
 *
 * <p>The inputs and expected signatures (facts, transcribed) come from two public copies of AWS's test
 * suite, both Apache-2.0:
 * <ul>
 *   <li>{@code awslabs/aws-c-auth}, {@code tests/aws-signing-test-suite/v4/<case>/header-signed-request.txt}
 *       at commit 495329c2433034bd8fd53fc6ba9e0202d3fac876: credentials {@code AKIDEXAMPLE} /
 *       {@code wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY}, region {@code us-east-1}, service {@code service},
 *       signed at 2015-08-30T12:36:00Z;</li>
 *   <li>{@code boto/botocore}, {@code tests/unit/auth/aws4_testsuite/<case>.creq} and {@code .authz} (the
 *       2011 suite, with a {@code Date} header instead of {@code X-Amz-Date}): service {@code host}, signed
 *       at 2011-09-09T23:36:00Z.</li>
 * </ul>
 * All 32 aws-c-auth header cases for services that normalize paths pass (checked once against the whole
 * suite); the six {@code *-unnormalized} cases are for S3, which keeps paths as they are.
 */
class SigV4TestVectorsTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String AUTH_2015 =
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=";

    /** One case: the request as received (path and query as on the wire) and its signature. */
    record Vector(String name, String method, String target, List<String> headers, String body, String signature) {
        @Override
        public String toString() {
            return name;
        }

        boolean legacy() {
            return headers.stream().anyMatch(header -> header.startsWith("Date:"));
        }

        SignableRequest request(String signature) {
            Map<String, List<String>> byName = new LinkedHashMap<>();
            for (String header : headers) {
                int colon = header.indexOf(':');
                byName.computeIfAbsent(header.substring(0, colon).toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                        .add(header.substring(colon + 1));
            }
            String signedHeaders =
                    String.join(";", byName.keySet().stream().sorted().toList()); // every header, as the suite signs
            byName.put(
                    "authorization",
                    List.of((legacy()
                                    ? "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20110909/us-east-1/host/aws4_request, "
                                            + "SignedHeaders="
                                    : AUTH_2015)
                            + signedHeaders + ", Signature=" + signature));
            int question = target.indexOf('?');
            return new SignableRequest(
                    method,
                    question < 0 ? target : target.substring(0, question),
                    question < 0 ? "" : target.substring(question + 1),
                    byName,
                    body.getBytes(StandardCharsets.UTF_8));
        }
    }

    static Stream<Vector> vectors() {
        String host = "Host:example.amazonaws.com";
        String date = "X-Amz-Date:20150830T123600Z";
        return Stream.of(
                new Vector(
                        "post-vanilla",
                        "POST",
                        "/",
                        List.of(host, date),
                        "",
                        "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
                new Vector(
                        "get-vanilla-query-order-encoded",
                        "GET",
                        "/?Param-3=Value3&Param=Value2&%E1%88%B4=Value1",
                        List.of(host, date),
                        "",
                        "371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac"),
                new Vector(
                        "get-header-value-trim",
                        "GET",
                        "/",
                        List.of(host, "My-Header1: value1", "My-Header2: \"a   b   c\"", date),
                        "",
                        "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
                new Vector(
                        "get-header-key-duplicate",
                        "GET",
                        "/",
                        List.of(host, "My-Header1:value2", "My-Header1:value2", "My-Header1:value1", date),
                        "",
                        "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"),
                new Vector(
                        "get-utf8",
                        "GET",
                        "/\u1234",
                        List.of(host, date),
                        "",
                        "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"),
                new Vector(
                        "get-slashes-normalized",
                        "GET",
                        "//example//",
                        List.of(host, date),
                        "",
                        "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84"),
                new Vector(
                        "get-relative-relative-normalized",
                        "GET",
                        "/example1/example2/../..",
                        List.of(host, date),
                        "",
                        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                new Vector(
                        "get-vanilla-with-session-token",
                        "GET",
                        "/",
                        List.of(
                                host,
                                date,
                                "X-Amz-Security-Token:6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"),
                        "",
                        "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"),
                new Vector(
                        "post-x-www-form-urlencoded-parameters",
                        "POST",
                        "/",
                        List.of(
                                "Content-Length:13",
                                "Content-Type:application/x-www-form-urlencoded; charset=utf-8",
                                host,
                                "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
                                date),
                        "Param1=value1",
                        "328d1b9eaadca9f5818ef05e8392801e091653bafec24fcab71e7344e7f51422"),
                // botocore's copy of the 2011 suite: a Date header, and paths as on the wire, encoded again.
                new Vector(
                        "botocore get-space",
                        "GET",
                        "/%20/foo",
                        List.of("Date:Mon, 09 Sep 2011 23:36:00 GMT", "Host:host.foo.com"),
                        "",
                        "2be9e587d1ee1f0fd02128724b86b4358ba3630d39f493b6e06610a19a50779e"),
                new Vector(
                        "botocore get-utf8",
                        "GET",
                        "/%E1%88%B4",
                        List.of("Date:Mon, 09 Sep 2011 23:36:00 GMT", "Host:host.foo.com"),
                        "",
                        "57b1eb3df3b16a8479c0097b66c0b261cfd65b829419a3f2c3d05319722490b8"));
    }

    private static SignatureChecker checker(Vector vector) {
        return vector.legacy()
                ? new SignatureChecker(
                        true,
                        "host",
                        Map.of("AKIDEXAMPLE", SECRET),
                        Set.of(),
                        Clock.fixed(Instant.parse("2011-09-09T23:36:00Z"), ZoneOffset.UTC))
                : new SignatureChecker(
                        true,
                        "service",
                        Map.of("AKIDEXAMPLE", SECRET),
                        Set.of(),
                        Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void thePublishedSignatureVerifies(Vector vector) {
        Verdict verdict = checker(vector).check("AnyOperation", vector.request(vector.signature()));

        assertThat(verdict.refusal()).as("refusal").isNull();
        assertThat(verdict.signed()).isTrue();
        assertThat(verdict.accessKeyId()).isEqualTo("AKIDEXAMPLE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void anyOtherSignatureIsRefused(Vector vector) {
        char first = vector.signature().charAt(0);
        String other = (first == '0' ? '1' : '0') + vector.signature().substring(1);

        Verdict verdict = checker(vector).check("AnyOperation", vector.request(other));

        assertThat(verdict.refusal()).isNotNull();
        assertThat(verdict.refusal().getMessage())
                .startsWith("The request signature we calculated does not match the signature you provided.");
    }
}
