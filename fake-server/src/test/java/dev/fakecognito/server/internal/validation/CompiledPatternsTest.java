package dev.fakecognito.server.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The model's patterns are compiled into plain character checks where they are simple runs of a
 * class ({@code [\w-]+:[0-9a-f-]+}); they must decide exactly as Java's regular expressions do, for
 * every string, white space, non-ASCII letters and surrogate pairs included.
 */
class CompiledPatternsTest {
    private static final String ALPHABET = "aZ09_-:.;/@+=,~ \t\n\u000B\f\r\u00e9\u0394\u4e2d!?*'\"[]()\\";

    @Test
    void everyPatternDecidesAsJavasRegularExpressionOnRandomStrings() {
        SplittableRandom random = new SplittableRandom(42);
        for (Map.Entry<String, String> shape : CognitoIdentityModel.patterns().entrySet()) {
            Pattern regex = Pattern.compile(shape.getValue());
            for (int n = 0; n < 20_000; n++) {
                String text = randomText(random);
                assertThat(CognitoIdentityModel.matches(shape.getKey(), text))
                        .as("%s %s on '%s'", shape.getKey(), shape.getValue(), text)
                        .isEqualTo(regex.matcher(text).matches());
            }
        }
    }

    @Test
    void realValuesDecideAsTheRegularExpression() {
        for (Map.Entry<String, String> shape : CognitoIdentityModel.patterns().entrySet()) {
            Pattern regex = Pattern.compile(shape.getValue());
            for (String text : List.of(
                    "us-east-1:0f0e0d0c-0b0a-0908-0706-050403020100",
                    "us-east-1:0F0E",
                    ":abc",
                    "us-east-1:",
                    "123456789012",
                    "login.mycompany.myapp",
                    "graph.facebook.com",
                    "cognito-idp.us-east-1.amazonaws.com/us-east-1_123456789",
                    "My Pool+=,.@-",
                    "authenticated",
                    "unauthenticated",
                    "a\uD83D\uDE00b",
                    "",
                    " ")) {
                assertThat(CognitoIdentityModel.matches(shape.getKey(), text))
                        .as("%s %s on '%s'", shape.getKey(), shape.getValue(), text)
                        .isEqualTo(regex.matcher(text).matches());
            }
        }
    }

    @Test
    void theSimplePatternsAreCompiledAndOnlyTheOthersStayRegularExpressions() {
        assertThat(CognitoIdentityModel.patterns()).containsKeys("IdentityPoolId", "IdentityId", "ClaimName");
    }

    private static String randomText(SplittableRandom random) {
        int length = random.nextInt(0, 12);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(ALPHABET.length() + 2);
            if (pick == ALPHABET.length()) {
                sb.append("\uD83D\uDE00"); // a surrogate pair
            } else if (pick == ALPHABET.length() + 1) {
                sb.append(random.nextBoolean() ? "us-east-1" : "0f0e");
            } else {
                sb.append(ALPHABET.charAt(pick));
            }
        }
        return sb.toString();
    }
}
