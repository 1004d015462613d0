package dev.fakecognito.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.server.internal.errors.CognitoException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void replacesControlCharactersWithSpaces() {
        assertThat(Messages.headerSafe("a\r\nb\tc\u0000d\u007f")).isEqualTo("a  b c d ");
    }

    @Test
    void keepsShortCleanTextAsIs() {
        String s = "us-east-1:0000";
        assertThat(Messages.headerSafe(s)).isSameAs(s);
        assertThat(Messages.headerSafe("x".repeat(256))).isEqualTo("x".repeat(256));
    }

    @Test
    void truncatesLongTextTo256CharactersAndDots() {
        assertThat(Messages.headerSafe("y".repeat(257))).isEqualTo("y".repeat(256) + "...");
        assertThat(Messages.headerSafe("\n".repeat(300))).isEqualTo(" ".repeat(256) + "...");
    }

    @Test
    void doesNotSplitASurrogatePair() {
        String s = "x".repeat(255) + "\uD83D\uDE00" + "tail";
        assertThat(Messages.headerSafe(s)).isEqualTo("x".repeat(255) + "...");
    }

    @Test
    void memberPathsAreTheModelsNamesInLowerCamelCase() throws Exception {
        CognitoException e = catchThrowableOfType(
                CognitoException.class,
                () -> RequestValidator.bundled()
                        .validate(
                                "CreateIdentityPool",
                                new ObjectMapper()
                                        .readTree("{\"IdentityPoolName\":\"\",\"AllowUnauthenticatedIdentities\":true,"
                                                + "\"OpenIdConnectProviderARNs\":[\"x\"]}")));

        assertThat(e.getMessage())
                .contains("at 'identityPoolName'")
                .contains("at 'openIdConnectProviderARNs.1.member'");
    }
}
