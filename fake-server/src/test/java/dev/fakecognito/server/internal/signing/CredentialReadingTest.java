package dev.fakecognito.server.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an {@code Authorization} header's credential is read for the journal and the call's region, leniently. */
class CredentialReadingTest {
    private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/cognito-identity/"
            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=abc";

    @Test
    void theAccessKeyIsTheCredentialsFirstPart() {
        assertThat(SignatureChecker.accessKeyIdOf(SIGNED)).isEqualTo("AKIDEXAMPLE");
        assertThat(SignatureChecker.accessKeyIdOf("AWS4-HMAC-SHA256 Credential=KEY, Signature=x"))
                .isEqualTo("KEY");
        assertThat(SignatureChecker.accessKeyIdOf("AWS4-HMAC-SHA256 Credential=/20150830/x"))
                .isNull();
        assertThat(SignatureChecker.accessKeyIdOf("AWS4-HMAC-SHA256 Signature=x"))
                .isNull();
    }

    @Test
    void theRegionIsTheScopesThirdPartWhenItIsARegionFollowedByMore() {
        assertThat(SignatureChecker.scopeRegionOf(SIGNED)).isEqualTo("eu-west-1");
        assertThat(SignatureChecker.scopeRegionOf("AWS4-HMAC-SHA256 Credential=K/20150830/eu-west-1, Signature=x"))
                .as("no service after the region")
                .isNull();
        assertThat(SignatureChecker.scopeRegionOf("AWS4-HMAC-SHA256 Credential=K/20150830/nowhere/s/aws4_request"))
                .isNull();
        assertThat(SignatureChecker.scopeRegionOf("AWS4-HMAC-SHA256 Credential=K/20150830, SignedHeaders=a/b/c/d"))
                .as("slashes after the credential do not count")
                .isNull();
        assertThat(SignatureChecker.scopeRegionOf("AWS4-HMAC-SHA256 Signature=x"))
                .isNull();
    }
}
