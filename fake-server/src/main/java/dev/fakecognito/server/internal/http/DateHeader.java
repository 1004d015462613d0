package dev.fakecognito.server.internal.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ResponseCommitListener;
import io.undertow.util.Headers;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code Date} header of every answer, in HTTP's fixed date format ({@code Sun, 06 Nov 1994 08:49:37
 * GMT}, RFC 9110 section 5.6.7), real time when the answer is committed (never the fake's test clock: the
 * SDKs correct a clock skew they see in it). Undertow's own header is turned off: it formats with
 * {@code SimpleDateFormat}, whose first use loads the JDK's calendar, time-zone-name and number-format
 * locale data, tens of milliseconds of every fresh JVM's first answer. The text is made once per second.
 */
final class DateHeader implements HttpHandler, ResponseCommitListener {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private final HttpHandler next;
    private final AtomicReference<Formatted> latest = new AtomicReference<>(new Formatted(Long.MIN_VALUE, ""));

    DateHeader(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(this);
        next.handleRequest(exchange);
    }

    @Override
    public void beforeCommit(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.DATE, now(System.currentTimeMillis()));
    }

    /** The header's text for a time in milliseconds since the epoch. */
    String now(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        Formatted last = latest.get();
        if (last.second() == second) {
            return last.text();
        }
        String text = format(second);
        latest.set(new Formatted(second, text));
        return text;
    }

    /** Formats a time in seconds since the epoch, in UTC, as {@code Tue, 01 Dec 2026 09:05:03 GMT}. */
    static String format(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        StringBuilder text =
                new StringBuilder(29).append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(text, t.getDayOfMonth())
                .append(' ')
                .append(MONTHS[t.getMonthValue() - 1])
                .append(' ');
        text.append(t.getYear()).append(' ');
        twoDigits(text, t.getHour()).append(':');
        twoDigits(text, t.getMinute()).append(':');
        return twoDigits(text, t.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private record Formatted(long second, String text) {}
}
