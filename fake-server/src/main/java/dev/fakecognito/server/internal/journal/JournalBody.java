package dev.fakecognito.server.internal.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.fakecognito.tokens.Jwt;
import java.io.IOException;
import java.io.StringWriter;

/**
 * A request body as the journal keeps it: at most {@link #MAX_CHARS} characters (longer bodies are
 * cut and end in a marker saying how long they were), and, unless login tokens are kept, the values
 * of the top-level {@code Logins} map replaced by a mask that keeps what tests need: the provider
 * (the key) and, for a JWT, its {@code sub}, the user the fake links.
 *
 * @param text      the body to keep
 * @param truncated whether it was cut
 */
record JournalBody(String text, boolean truncated) {
    /** The longest body kept, in characters. */
    static final int MAX_CHARS = 16 * 1024;

    /** Leaves a body cut short as it was (closing its open objects would make it look whole). */
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();

    /** The body to keep for a received one. */
    static JournalBody of(String received, boolean keepLoginTokens) {
        if (received == null || received.isEmpty()) {
            return new JournalBody("", false);
        }
        return keepLoginTokens ? cut(received, received.length()) : masked(received);
    }

    /** The JSON re-written compactly with the login tokens masked, stopping once past the limit. */
    private static JournalBody masked(String received) {
        StringWriter out = new StringWriter(Math.min(received.length(), MAX_CHARS) + 64);
        try (JsonParser parser = JSON.createParser(received);
                JsonGenerator generator = JSON.createGenerator(out)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && out.getBuffer().length() <= MAX_CHARS) {
                if (token == JsonToken.VALUE_STRING && underLogins(parser.getParsingContext())) {
                    generator.writeString(mask(parser.getText()));
                } else {
                    generator.copyCurrentEvent(parser);
                }
                generator.flush();
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON from here on: keep what was re-written, never the rest (it could hold a token).
            return new JournalBody(
                    out.getBuffer().substring(0, Math.min(out.getBuffer().length(), MAX_CHARS))
                            + "...[not JSON from here; " + received.length() + " characters received]",
                    true);
        }
        return cut(out.toString(), received.length());
    }

    /** Whether the current value is inside (or is) the top-level {@code Logins} member. */
    private static boolean underLogins(JsonStreamContext context) {
        JsonStreamContext top = context;
        while (top.getParent() != null && !top.getParent().inRoot()) {
            top = top.getParent();
        }
        return top.inObject() && top.getParent() != null && "Logins".equals(top.getCurrentName());
    }

    /** What is kept of a login token: its length, or, for a JWT, its subject. */
    static String mask(String token) {
        if (!hasThreeParts(token)) { // not a compact JWS: spare the failed decode and its exception
            return "[masked " + token.length() + " characters]";
        }
        try {
            Object subject = Jwt.decode(token).claims().get("sub");
            return subject == null ? "[masked JWT]" : "[masked JWT sub=" + bounded(String.valueOf(subject)) + "]";
        } catch (RuntimeException notAJwt) {
            return "[masked " + token.length() + " characters]";
        }
    }

    private static boolean hasThreeParts(String token) {
        int dots = 0;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '.') {
                dots++;
            }
        }
        return dots == 2;
    }

    private static String bounded(String text) {
        return text.length() <= 256 ? text : text.substring(0, 256) + "...";
    }

    private static JournalBody cut(String text, int receivedLength) {
        if (text.length() <= MAX_CHARS) {
            return new JournalBody(text, false);
        }
        int keep = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return new JournalBody(
                text.substring(0, keep) + "...[truncated; " + receivedLength + " characters received]", true);
    }
}
