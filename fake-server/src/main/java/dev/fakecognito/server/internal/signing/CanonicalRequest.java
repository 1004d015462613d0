package dev.fakecognito.server.internal.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The canonical request of Signature Version 4, for services other than S3: the method, the normalized
 * path encoded once more, the sorted query, the signed headers with trimmed values, the list of signed
 * headers and the payload hash, one a line.
 */
final class CanonicalRequest {
    private CanonicalRequest() {}

    /**
     * The canonical request.
     *
     * @param request       the request as received
     * @param signedHeaders the {@code SignedHeaders} of the {@code Authorization} header, as given
     * @param payloadHash   the hex SHA-256 of the body the signer claims
     */
    static String of(SignableRequest request, String signedHeaders, String payloadHash) {
        StringBuilder canonical = new StringBuilder()
                .append(request.method())
                .append('\n')
                .append(uri(request.rawPath()))
                .append('\n')
                .append(query(request.rawQuery()))
                .append('\n');
        for (String name : signedHeaders.split(";", -1)) {
            canonical
                    .append(name)
                    .append(':')
                    .append(headerValue(request.header(name)))
                    .append('\n');
        }
        return canonical
                .append('\n')
                .append(signedHeaders)
                .append('\n')
                .append(payloadHash)
                .toString();
    }

    /**
     * The canonical URI: the path as received with empty and {@code .} segments dropped and {@code ..}
     * resolved, then each segment encoded once more (so {@code %20} becomes {@code %2520}).
     */
    static String uri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = rawPath.split("/", -1);
        for (String part : parts) {
            if (part.equals("..")) {
                segments.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                segments.addLast(part);
            }
        }
        String last = parts[parts.length - 1];
        boolean directory = last.isEmpty() || last.equals(".") || last.equals("..");
        StringBuilder uri = new StringBuilder();
        for (String segment : segments) {
            uri.append('/').append(encode(segment));
        }
        if (uri.length() == 0 || directory) {
            uri.append('/');
        }
        return uri.toString();
    }

    /**
     * The canonical query: each name and value decoded and encoded again, sorted by name then value,
     * joined with {@code &}; a parameter without {@code =} has an empty value.
     */
    static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = eq < 0 ? parameter : parameter.substring(0, eq);
            String value = eq < 0 ? "" : parameter.substring(eq + 1);
            parameters.add(Map.entry(encode(decode(name)), encode(decode(value))));
        }
        parameters.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(parameter.getKey()).append('=').append(parameter.getValue());
        }
        return query.toString();
    }

    /** The values of one header, each trimmed with inner runs of white space made one space, joined with commas. */
    static String headerValue(List<String> values) {
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            if (joined.length() > 0) {
                joined.append(',');
            }
            joined.append(value.strip().replaceAll("\\s+", " "));
        }
        return joined.toString();
    }

    /** RFC 3986 encoding of the UTF-8 bytes: unreserved characters stay, every other byte is {@code %XX}. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** Percent-decoding to UTF-8; a {@code %} not followed by two hex digits stays as it is, {@code +} too. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (raw[i] == '%' && high >= 0 && low >= 0) {
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
