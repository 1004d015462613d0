package dev.fakecognito.server.internal.errors;

/**
 * Client input as error messages echo it: never unbounded, never breaking the
 * {@code x-amzn-ErrorMessage} header.
 */
public final class Echo {
    /** At most this many characters of an echoed value are kept. */
    public static final int MAX_LENGTH = 256;

    private Echo() {}

    /**
     * The text safe to echo: every control character (CR, LF, TAB, NUL, ...) becomes a space, and
     * text longer than {@link #MAX_LENGTH} characters is cut (never inside a surrogate pair) and ends
     * in {@code ...}.
     */
    public static String of(CharSequence text) {
        return cut(text, MAX_LENGTH, true);
    }

    /**
     * The text cut to at most {@code max} characters plus {@code ...}, never inside a surrogate pair;
     * control characters become spaces when asked.
     */
    static String cut(CharSequence text, int max, boolean replaceControls) {
        int len = text.length();
        int keep = len;
        boolean cut = false;
        if (len > max) {
            keep = max;
            if (Character.isHighSurrogate(text.charAt(keep - 1))) {
                keep--;
            }
            cut = true;
        }
        StringBuilder sb = null;
        for (int i = 0; replaceControls && i < keep; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(keep + 3).append(text, 0, i);
                }
                sb.append(' ');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        if (sb == null) {
            if (!cut) {
                return text.toString();
            }
            sb = new StringBuilder(keep + 3).append(text, 0, keep);
        }
        if (cut) {
            sb.append("...");
        }
        return sb.toString();
    }
}
