package dev.fakecognito.server.signatures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * API calls signed by the AWS SDK for Java v2's own signer ({@link AwsV4HttpSigner}, as the SDK's clients
 * sign cognito-identity calls) and sent over a plain socket byte for byte, so that a test controls every
 * header and sees the raw answer.
 */
final class SignedCalls {
    static final String SERVICE = "cognito-identity";

    private SignedCalls() {}

    /** {@code POST /} with the awsJson headers of an operation, not yet signed. */
    static SdkHttpRequest.Builder call(URI endpoint, String operation) {
        return SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint.resolve("/"))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "AWSCognitoIdentityService." + operation);
    }

    /** Signs a request with the SDK's SigV4 signer, as the SDK's clients sign this service's calls. */
    static SdkHttpRequest sign(
            SdkHttpRequest request, byte[] body, AwsCredentialsIdentity credentials, String region, Clock clock) {
        SdkHttpRequest withLength = request.toBuilder()
                .putHeader("Content-Length", String.valueOf(body.length))
                .build();
        return AwsV4HttpSigner.create()
                .sign(r -> r.identity(credentials)
                        .request(withLength)
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, true)
                        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, true)
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock))
                .request();
    }

    /** An answer as received. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sends a request exactly as given (its headers in order; {@code Host} and {@code Content-Length} added
     * when it has none) and the body, then reads the answer; the connection is closed after it.
     */
    static Answer send(URI endpoint, SdkHttpRequest request, byte[] body) {
        StringBuilder head = new StringBuilder();
        URI uri = request.getUri();
        head.append(request.method())
                .append(' ')
                .append(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                .append(" HTTP/1.1\r\n");
        if (request.firstMatchingHeader("Host").isEmpty()) {
            head.append("Host: ")
                    .append(endpoint.getHost())
                    .append(':')
                    .append(endpoint.getPort())
                    .append("\r\n");
        }
        request.forEachHeader((name, values) -> values.forEach(
                value -> head.append(name).append(": ").append(value).append("\r\n")));
        if (request.firstMatchingHeader("Content-Length").isEmpty()) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        List<String> lines = List.of(text.substring(0, end).split("\r\n"));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        return new Answer(Integer.parseInt(lines.get(0).split(" ")[1]), headers, text.substring(end + 4));
    }
}
