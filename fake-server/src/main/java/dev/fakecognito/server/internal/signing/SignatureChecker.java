package dev.fakecognito.server.internal.signing;

import dev.fakecognito.model.internal.Regions;
import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the AWS Signature Version 4 of an API call, in the order and with the errors of the real
 * service (docs/reference/behaviour/wire-protocol.md#signature-checking):
 * <ol>
 *   <li>an {@code Authorization} header together with {@code X-Amz-Algorithm} in the query;</li>
 *   <li>no {@code AWS4-} {@code Authorization} header: {@code MissingAuthenticationTokenException}, except for
 *       the operations the SDKs send unsigned, which pass;</li>
 *   <li>the header's form: key=value pairs, the {@code Credential}, {@code SignedHeaders} and {@code Signature}
 *       parts and a request date, the algorithm, the five parts of the credential, the date's format
 *       ({@code IncompleteSignatureException});</li>
 *   <li>the credential scope: a region name (any region: it selects the call's region), service, terminator,
 *       date ({@code InvalidSignatureException});</li>
 *   <li>the request date within 15 minutes of the fake's clock;</li>
 *   <li>{@code host} among the signed headers;</li>
 *   <li>with known credentials: the access key ({@code UnrecognizedClientException}), then the signature
 *       itself.</li>
 * </ol>
 * When signatures are not required nothing is checked; the verdict still says whether the call was
 * signed and by which access key. Immutable and thread-safe.
 */
public final class SignatureChecker {
    /** The signing name of the service: the service part of the credential scope. */
    public static final String SERVICE = "cognito-identity";
    /** How far the request date may be from the fake's clock, either way. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String TERMINATOR = "aws4_request";
    /** The request dates' form, made when the first signature is verified (java.time's formatting is many classes). */
    private static final class Formats {
        static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private final boolean required;
    private final String service;
    private final Map<String, String> secrets;
    private final Set<String> unsignedOperations;
    private final Clock clock;

    /**
     * Creates the check.
     *
     * @param required           whether calls must be signed; when not, nothing is checked
     * @param secrets            secret access keys by access key id; when empty any access key is accepted and
     *                           signatures themselves are not verified
     * @param unsignedOperations the operations the SDKs send unsigned (from the API model)
     * @param clock              the fake's clock, for the request date's window
     */
    public SignatureChecker(
            boolean required, Map<String, String> secrets, Set<String> unsignedOperations, Clock clock) {
        this(required, SERVICE, secrets, unsignedOperations, clock);
    }

    SignatureChecker(
            boolean required,
            String service,
            Map<String, String> secrets,
            Set<String> unsignedOperations,
            Clock clock) {
        this.required = required;
        this.service = service;
        this.secrets = Map.copyOf(secrets);
        this.unsignedOperations = Set.copyOf(unsignedOperations);
        this.clock = clock;
    }

    /**
     * Checks a call.
     *
     * @param operation the operation it names
     * @param request   the request as received
     * @return whether it was signed, by which access key, and the error to answer with if it is refused
     */
    public Verdict check(String operation, SignableRequest request) {
        String authorization = request.first("authorization");
        if (!needsRequest(operation, authorization)) {
            return read(authorization);
        }
        try {
            verify(authorization, request);
            return read(authorization);
        } catch (CognitoException refusal) {
            Verdict read = read(authorization);
            return new Verdict(read.signed(), read.accessKeyId(), read.region(), refusal);
        }
    }

    /**
     * Whether a call's signature is to be verified, so that {@link #check} needs the whole request (every
     * header, lower-cased, and the body): only when signatures are required, and the call is signed or is
     * one the SDKs sign. Most fakes require none, and then the {@code Authorization} header is all a
     * verdict needs ({@link #read}).
     *
     * @param operation     the operation it names
     * @param authorization the first {@code Authorization} header, or null
     */
    public boolean needsRequest(String operation, String authorization) {
        return required && (isSigned(authorization) || !unsignedOperations.contains(operation));
    }

    /**
     * What the journal records of a call whose signature is not verified: whether it was signed, by which
     * access key.
     *
     * @param authorization the first {@code Authorization} header, or null
     */
    public Verdict read(String authorization) {
        if (authorization == null) {
            return Verdict.UNSIGNED;
        }
        boolean signed = isSigned(authorization);
        return signed
                ? new Verdict(true, accessKeyIdOf(authorization), scopeRegionOf(authorization), null)
                : Verdict.UNSIGNED;
    }

    private static boolean isSigned(String authorization) {
        return authorization != null && authorization.strip().startsWith("AWS4-");
    }

    private void verify(String authorization, SignableRequest request) {
        if (authorization != null && hasQueryParameter(request.rawQuery(), "X-Amz-Algorithm")) {
            throw invalid("Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
        }
        if (authorization == null || !authorization.strip().startsWith("AWS4-")) {
            throw new CognitoException(ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token");
        }
        String header = authorization.strip();
        int space = firstSpace(header);
        String algorithm = space < 0 ? header : header.substring(0, space);
        Map<String, String> parts = parts(header, space < 0 ? "" : header.substring(space));
        String dateHeader = request.first("x-amz-date") != null ? "x-amz-date" : "date";
        String dateValue = request.first(dateHeader);
        String missing = missingParts(parts, dateValue);
        if (!missing.isEmpty()) {
            throw incomplete(missing + "Authorization=" + authorization);
        }
        if (!algorithm.equals(ALGORITHM)) {
            throw incomplete("Unsupported AWS 'algorithm': '" + algorithm + "' (only " + ALGORITHM + " for now). ");
        }
        String credential = parts.get("Credential");
        String[] scope = credential.split("/", -1);
        if (scope.length != 5) {
            throw incomplete("Credential must have exactly 5 slash-delimited elements, e.g. "
                    + "keyid/date/region/service/term, got '" + credential + "'");
        }
        String amzDate = basicDate(dateHeader, dateValue.strip());
        checkScope(scope, amzDate);
        checkWindow(amzDate);
        String signedHeaders = parts.get("SignedHeaders");
        if (!List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";")).contains("host")) {
            throw invalid("'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        if (secrets.isEmpty()) {
            return;
        }
        String secret = secrets.get(scope[0]);
        if (secret == null) {
            throw new CognitoException(
                    ErrorCode.UNRECOGNIZED_CLIENT, "The security token included in the request is invalid.");
        }
        String bodyHash = Hmac.sha256Hex(request.body());
        String claimedHash = request.first("x-amz-content-sha256");
        String payloadHash = claimedHash == null ? bodyHash : claimedHash.strip();
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n"
                + String.join("/", List.of(scope).subList(1, 5))
                + "\n"
                + Hmac.sha256Hex(
                        CanonicalRequest.of(request, signedHeaders, payloadHash).getBytes(StandardCharsets.UTF_8));
        String expected = Hmac.signature(secret, new String[] {scope[1], scope[2], scope[3], scope[4]}, stringToSign);
        if (!payloadHash.equals(bodyHash) || !MessageDigest.isEqual(bytes(expected), bytes(parts.get("Signature")))) {
            throw invalid("The request signature we calculated does not match the signature you provided. Check "
                    + "your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }
    }

    /** The header's parameters after the algorithm, split at commas and spaces; each must be key=value. */
    private static Map<String, String> parts(String header, String rest) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String token : rest.split("[,\\s]")) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq < 0) {
                throw incomplete("'" + token + "' not a valid key=value pair (missing equal-sign) in Authorization "
                        + "header: '" + header + "'.");
            }
            parts.putIfAbsent(token.substring(0, eq), token.substring(eq + 1));
        }
        return parts;
    }

    private static String missingParts(Map<String, String> parts, String date) {
        StringBuilder missing = new StringBuilder();
        for (String part : List.of("Credential", "Signature", "SignedHeaders")) {
            String value = parts.get(part);
            if (value == null || value.isEmpty()) {
                missing.append("Authorization header requires '").append(part).append("' parameter. ");
            }
        }
        if (date == null) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        return missing.toString();
    }

    /** The request date in the basic format the string to sign uses: X-Amz-Date as it is, or Date converted. */
    private static String basicDate(String header, String value) {
        try {
            if (header.equals("x-amz-date")) {
                LocalDateTime.parse(value, Formats.BASIC);
                return value;
            }
            // The day of the week is redundant and not checked (the published 2011 vectors get it wrong).
            String withoutDay = value.replaceFirst("^[A-Za-z]{3},\\s*", "");
            return Formats.BASIC.format(ZonedDateTime.parse(withoutDay, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw incomplete("Date must be in ISO-8601 'basic format'. Got '" + value
                    + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
    }

    private void checkScope(String[] scope, String amzDate) {
        StringBuilder wrong = new StringBuilder();
        if (!Regions.isName(scope[2])) {
            wrong.append("Credential should be scoped to a valid region, not '")
                    .append(scope[2])
                    .append("'. ");
        }
        if (!scope[3].equals(service)) {
            wrong.append("Credential should be scoped to correct service: '")
                    .append(service)
                    .append("'. ");
        }
        if (!scope[4].equals(TERMINATOR)) {
            wrong.append("Credential should be scoped with a valid terminator: '" + TERMINATOR + "', not '")
                    .append(scope[4])
                    .append("'. ");
        }
        String day = amzDate.substring(0, 8);
        if (!scope[1].equals(day)) {
            wrong.append("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '")
                    .append(scope[1])
                    .append("' != '")
                    .append(day)
                    .append("', from '")
                    .append(amzDate)
                    .append("'. ");
        }
        if (!wrong.isEmpty()) {
            throw invalid(wrong.toString());
        }
    }

    private void checkWindow(String amzDate) {
        Instant signedAt = LocalDateTime.parse(amzDate, Formats.BASIC).toInstant(ZoneOffset.UTC);
        Instant now = clock.instant();
        long minutes = MAX_CLOCK_SKEW.toMinutes();
        if (signedAt.isBefore(now.minus(MAX_CLOCK_SKEW))) {
            throw invalid("Signature expired: " + amzDate + " is now earlier than " + basic(now.minus(MAX_CLOCK_SKEW))
                    + " (" + basic(now) + " - " + minutes + " min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw invalid("Signature not yet current: " + amzDate + " is still later than "
                    + basic(now.plus(MAX_CLOCK_SKEW)) + " (" + basic(now) + " + " + minutes + " min.)");
        }
    }

    private static String basic(Instant instant) {
        return Formats.BASIC.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The access key id of a signed header's credential, read leniently for the journal; {@code null} if none. */
    static String accessKeyIdOf(String authorization) {
        String key = credentialPart(authorization, 0);
        return key == null || key.isEmpty() ? null : key;
    }

    /** The region the credential scope names ({@code Credential=KEY/DATE/REGION/...}), or {@code null}. */
    static String scopeRegionOf(String authorization) {
        String region = credentialPart(authorization, 2);
        boolean scoped = credentialPart(authorization, 3) != null; // the region is followed by the service
        return scoped && Regions.isName(region) ? region : null;
    }

    /**
     * The {@code index}-th {@code /}-separated part of the header's {@code Credential} (up to a comma or
     * space), read leniently; {@code null} when there is no such part.
     */
    private static String credentialPart(String authorization, int index) {
        int start = authorization.indexOf("Credential=");
        if (start < 0) {
            return null;
        }
        start += "Credential=".length();
        int end = start;
        while (end < authorization.length() && ", ".indexOf(authorization.charAt(end)) < 0) {
            end++;
        }
        for (int part = 0; part < index; part++) {
            int slash = authorization.indexOf('/', start);
            if (slash < 0 || slash >= end) {
                return null;
            }
            start = slash + 1;
        }
        int slash = authorization.indexOf('/', start);
        return authorization.substring(start, slash < 0 || slash > end ? end : slash);
    }

    private static boolean hasQueryParameter(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return false;
        }
        for (String parameter : rawQuery.split("&")) {
            int eq = parameter.indexOf('=');
            if (CanonicalRequest.decode(eq < 0 ? parameter : parameter.substring(0, eq))
                    .equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static int firstSpace(String header) {
        for (int i = 0; i < header.length(); i++) {
            if (Character.isWhitespace(header.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CognitoException incomplete(String message) {
        return new CognitoException(ErrorCode.INCOMPLETE_SIGNATURE, message);
    }

    private static CognitoException invalid(String message) {
        return new CognitoException(ErrorCode.INVALID_SIGNATURE, message);
    }
}
