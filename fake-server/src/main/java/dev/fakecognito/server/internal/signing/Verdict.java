package dev.fakecognito.server.internal.signing;

import dev.fakecognito.server.internal.errors.CognitoException;

/**
 * What the signature check found: what the journal records, and the error to answer with, if any.
 *
 * @param signed      whether the request carried an AWS Signature Version 4 {@code Authorization} header
 * @param accessKeyId the access key id of its credential, or {@code null}
 * @param region      the region its credential scope names, or {@code null} when it names no region
 * @param refusal     the error to answer with, or {@code null} when the request may go on
 */
public record Verdict(boolean signed, String accessKeyId, String region, CognitoException refusal) {
    /** An unsigned call that may go on. */
    public static final Verdict UNSIGNED = new Verdict(false, null, null, null);
}
