package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.internal.signing.Verdict;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.validation.RequestValidator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The region of a call: scope, then host, then the id it names, then the default; its account: the key's. */
class CallersTest {
    final Callers callers = new Callers("us-east-1", "123456789012", Map.of("AKIAPARTNER", "210987654321"));
    final RequestValidator validator = RequestValidator.bundled();

    Caller of(Verdict signature, String host, String operation, String body) {
        return callers.of(
                signature,
                host,
                body == null ? null : validator.read(operation, body.getBytes(StandardCharsets.UTF_8)));
    }

    static Verdict signed(String key, String region) {
        return new Verdict(true, key, region, null);
    }

    @Test
    void theScopeComesFirstThenTheHostThenTheIdThenTheDefault() {
        String describe = "{\"IdentityPoolId\":\"ap-south-1:11111111-2222-3333-4444-555555555555\"}";

        assertThat(of(
                                signed("AKIA", "eu-west-1"),
                                "cognito-identity.eu-central-1.amazonaws.com",
                                "DescribeIdentityPool",
                                describe)
                        .region())
                .isEqualTo("eu-west-1");
        assertThat(of(
                                Verdict.UNSIGNED,
                                "cognito-identity.eu-central-1.amazonaws.com:443",
                                "DescribeIdentityPool",
                                describe)
                        .region())
                .isEqualTo("eu-central-1");
        assertThat(of(Verdict.UNSIGNED, "cognito-identity-fips.us-gov-west-1.amazonaws.com", "ListIdentityPools", "{}")
                        .region())
                .isEqualTo("us-gov-west-1");
        assertThat(of(Verdict.UNSIGNED, "cognito-identity.cn-north-1.amazonaws.com.cn", "ListIdentityPools", "{}")
                        .region())
                .isEqualTo("cn-north-1");
        assertThat(of(Verdict.UNSIGNED, "127.0.0.1:9230", "DescribeIdentityPool", describe)
                        .region())
                .isEqualTo("ap-south-1");
        assertThat(of(
                                Verdict.UNSIGNED,
                                "localhost",
                                "GetCredentialsForIdentity",
                                "{\"IdentityId\":\"sa-east-1:11111111-2222-3333-4444-555555555555\"}")
                        .region())
                .isEqualTo("sa-east-1");
        assertThat(of(
                                Verdict.UNSIGNED,
                                "localhost",
                                "ListTagsForResource",
                                "{\"ResourceArn\":\"arn:aws:cognito-identity:eu-north-1:123456789012:identitypool/"
                                        + "eu-north-1:11111111-2222-3333-4444-555555555555\"}")
                        .region())
                .isEqualTo("eu-north-1");
        assertThat(of(Verdict.UNSIGNED, "localhost", "ListIdentityPools", "{\"MaxResults\":1}")
                        .region())
                .isEqualTo("us-east-1");
        assertThat(of(null, null, null, null).region()).isEqualTo("us-east-1");
    }

    @Test
    void regionNamesAreCheckedByHandLikeThePattern() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
        for (String text : java.util.List.of(
                "us-east-1",
                "us-gov-west-1",
                "cn-north-1",
                "ap-southeast-2",
                "eu-central-12",
                "xx-nowhere-9",
                "US-EAST-1",
                "useast1",
                "us-east",
                "us-east-1 ",
                "eu_west_1",
                "us-east-1a",
                "ab-1",
                "ab--c-1",
                "ab-c--1",
                "a-bc-1",
                "abc-d-1",
                "us-east-",
                "-us-east-1",
                "us-e1st-1",
                "")) {
            assertThat(dev.fakecognito.model.internal.Regions.isName(text))
                    .as(text)
                    .isEqualTo(pattern.matcher(text).matches());
        }
    }

    @Test
    void theAccountIsTheAccessKeysOrTheDefault() {
        assertThat(of(signed("111122223333", null), null, null, null).accountId())
                .isEqualTo("111122223333");
        assertThat(of(signed("AKIAPARTNER", null), null, null, null).accountId())
                .isEqualTo("210987654321");
        assertThat(of(signed("AKIAANYONE", null), null, null, null).accountId()).isEqualTo("123456789012");
        assertThat(of(Verdict.UNSIGNED, null, null, null).accountId()).isEqualTo("123456789012");
    }
}
