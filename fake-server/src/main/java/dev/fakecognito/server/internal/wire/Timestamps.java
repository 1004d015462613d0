package dev.fakecognito.server.internal.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;

/** Timestamps as awsJson writes them: epoch seconds, with up to three fraction digits ({@code 1538078988.077}). */
final class Timestamps {
    private Timestamps() {}

    static void write(JsonGenerator g, Instant value) throws IOException {
        g.writeNumber(text(value));
    }

    /** The seconds as a plain decimal number, without trailing zeros in the fraction (and none for whole seconds). */
    static String text(Instant value) {
        long millis = value.toEpochMilli();
        long abs = Math.abs(millis);
        long seconds = abs / 1000;
        int fraction = (int) (abs % 1000);
        StringBuilder sb = new StringBuilder(24);
        if (millis < 0) {
            sb.append('-');
        }
        sb.append(seconds);
        if (fraction != 0) {
            sb.append('.');
            if (fraction < 100) {
                sb.append('0');
            }
            if (fraction < 10) {
                sb.append('0');
            }
            int digits = fraction;
            while (digits % 10 == 0) {
                digits /= 10;
            }
            sb.append(digits);
        }
        return sb.toString();
    }
}
