package dev.fakecognito.server.internal.signing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as Signature Version 4 sees it: everything exactly as received.
 *
 * @param method   the HTTP method
 * @param rawPath  the path as on the wire, still percent-encoded ({@code /}, {@code /a%20b})
 * @param rawQuery the query as on the wire without the {@code ?}, still percent-encoded; empty when none
 * @param headers  the headers by lower-case name, each with its values in the order received
 * @param body     the body bytes as received
 */
public record SignableRequest(
        String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    /** The values of a header, in the order received; empty when absent. */
    List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The first value of a header, or {@code null}. */
    String first(String name) {
        List<String> values = header(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
