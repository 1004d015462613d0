package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** TagResource, UntagResource and ListTagsForResource on identity pool ARNs. */
class PoolTaggingTest extends PoolTestSupport {

    private Map<String, String> tagsOf(String poolId) {
        return cognito.listTagsForResource(b -> b.resourceArn(arn(poolId))).tags();
    }

    private void tag(String poolId, Map<String, String> tags) {
        cognito.tagResource(b -> b.resourceArn(arn(poolId)).tags(tags));
    }

    private static Map<String, String> numberedTags(String prefix, int count) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            tags.put(prefix + i, "v" + i);
        }
        return tags;
    }

    @Test
    void poolArnUsesTheFakesRegionAndAccount() {
        String poolId = newPool();
        assertThat(arn(poolId)).isEqualTo("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/" + poolId);
    }

    @Test
    void tagResourceMergesAndOverwrites() {
        String poolId = newPool(b -> b.identityPoolTags(Map.of("team", "identity", "env", "dev")));
        tag(poolId, Map.of("env", "prod", "owner", "alice"));
        assertThat(tagsOf(poolId))
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "identity", "env", "prod", "owner", "alice"));
    }

    @Test
    void emptyTagValueIsKept() {
        String poolId = newPool();
        tag(poolId, Map.of("flag", ""));
        assertThat(tagsOf(poolId)).containsExactly(Map.entry("flag", ""));
    }

    @Test
    void untagRemovesKeysAndIgnoresMissingOnes() {
        String poolId = newPool(b -> b.identityPoolTags(Map.of("a", "1", "b", "2", "c", "3")));
        cognito.untagResource(b -> b.resourceArn(arn(poolId)).tagKeys("a", "nope", "c"));
        assertThat(tagsOf(poolId)).containsExactly(Map.entry("b", "2"));
        cognito.untagResource(b -> b.resourceArn(arn(poolId)).tagKeys("never-there"));
        assertThat(tagsOf(poolId)).containsExactly(Map.entry("b", "2"));
    }

    @Test
    void tagsAreTheSameDataAsIdentityPoolTags() {
        String poolId = newPool(b -> b.identityPoolTags(Map.of("created", "yes")));
        assertThat(tagsOf(poolId)).containsExactly(Map.entry("created", "yes"));

        tag(poolId, Map.of("added", "later"));
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolTags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("created", "yes", "added", "later"));

        cognito.untagResource(b -> b.resourceArn(arn(poolId)).tagKeys("created"));
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolTags())
                .containsExactly(Map.entry("added", "later"));
    }

    @Test
    void listTagsOfAnUntaggedPoolIsAnEmptyMap() throws Exception {
        String poolId = newPool();
        JsonNode body = rawOk("ListTagsForResource", json("{'ResourceArn':'" + arn(poolId) + "'}"));
        assertThat(body.fieldNames()).toIterable().containsExactly("Tags");
        assertThat(body.get("Tags").isObject()).isTrue();
        assertThat(body.get("Tags").size()).isZero();
        assertThat(cognito.listTagsForResource(b -> b.resourceArn(arn(poolId))).hasTags())
                .isTrue();
    }

    @Test
    void tagAndUntagAnswerWithAnEmptyObject() throws Exception {
        String poolId = newPool();
        assertThat(rawOk("TagResource", json("{'ResourceArn':'" + arn(poolId) + "','Tags':{'k':'v'}}"))
                        .size())
                .isZero();
        assertThat(rawOk("UntagResource", json("{'ResourceArn':'" + arn(poolId) + "','TagKeys':['k']}"))
                        .size())
                .isZero();
    }

    @Test
    void fiftyTagsFitAndTheFiftyFirstIsAnInvalidParameter() {
        String poolId = newPool(b -> b.identityPoolTags(numberedTags("k", 10)));
        tag(poolId, numberedTags("m", 40));
        assertThat(tagsOf(poolId)).hasSize(50);

        assertThatThrownBy(() -> tag(poolId, Map.of("one-too-many", "x")))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(tagsOf(poolId)).hasSize(50).doesNotContainKey("one-too-many");

        // overwriting a key does not add one
        tag(poolId, Map.of("k0", "changed"));
        assertThat(tagsOf(poolId)).hasSize(50).containsEntry("k0", "changed");

        // after removing one, there is room again
        cognito.untagResource(b -> b.resourceArn(arn(poolId)).tagKeys("k1"));
        tag(poolId, Map.of("one-more", "x"));
        assertThat(tagsOf(poolId)).hasSize(50).containsEntry("one-more", "x");
    }

    @Test
    void fiftyOneTagsInOneRequestAreAnInvalidParameter() {
        String poolId = newPool();
        assertThatThrownBy(() -> tag(poolId, numberedTags("t", 51))).isInstanceOf(InvalidParameterException.class);
        assertThat(tagsOf(poolId)).isEmpty();
    }

    @Test
    void reservedAwsPrefixIsAnInvalidParameter() {
        String poolId = newPool();
        assertThatThrownBy(() -> tag(poolId, Map.of("aws:cloudformation:stack", "x")))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(tagsOf(poolId)).isEmpty();
    }

    @Test
    void tagCharactersOutsideTheAllowedSetAreAnInvalidParameter() {
        String poolId = newPool();
        assertThatThrownBy(() -> tag(poolId, Map.of("bad#key", "v"))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> tag(poolId, Map.of("key", "bad*value"))).isInstanceOf(InvalidParameterException.class);
        tag(poolId, Map.of("ok key_1.:/=+-@", "Äpfel 42 _.:/=+-@"));
        assertThat(tagsOf(poolId)).containsExactly(Map.entry("ok key_1.:/=+-@", "Äpfel 42 _.:/=+-@"));
    }

    @Test
    void tagValueLongerThan256IsAValidationError() {
        String poolId = newPool();
        assertErrorCode(() -> tag(poolId, Map.of("k", "v".repeat(257))), "ValidationException");
        tag(poolId, Map.of("k", "v".repeat(256)));
        assertThat(tagsOf(poolId).get("k")).hasSize(256);
    }

    @Test
    void malformedArnIsAnInvalidParameter() {
        newPool();
        for (String arn : List.of(
                "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc",
                "arn:aws:cognito-identity:us-east-1:123456789012:identitypools",
                "not an arn but long enough to pass the length check")) {
            assertThatThrownBy(() -> cognito.listTagsForResource(b -> b.resourceArn(arn)))
                    .as(arn)
                    .isInstanceOf(InvalidParameterException.class);
            assertThatThrownBy(() -> cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("k", "v"))))
                    .as(arn)
                    .isInstanceOf(InvalidParameterException.class);
            assertThatThrownBy(
                            () -> cognito.untagResource(b -> b.resourceArn(arn).tagKeys("k")))
                    .as(arn)
                    .isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void arnShorterThanTwentyIsAValidationError() {
        assertErrorCode(() -> cognito.listTagsForResource(b -> b.resourceArn("arn:aws:x")), "ValidationException");
    }

    @Test
    void arnOfAnotherAccountIsResourceNotFound() {
        String poolId = newPool(b -> b.identityPoolTags(Map.of("k", "v")));
        String foreign = "arn:aws:cognito-identity:" + fake.region() + ":210987654321:identitypool/" + poolId;
        assertThatThrownBy(() -> cognito.listTagsForResource(b -> b.resourceArn(foreign)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.tagResource(b -> b.resourceArn(foreign).tags(Map.of("x", "y"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () -> cognito.untagResource(b -> b.resourceArn(foreign).tagKeys("k")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(tagsOf(poolId)).containsExactly(Map.entry("k", "v"));
    }

    @Test
    void arnOfAnotherRegionIsResourceNotFound() {
        String poolId = newPool();
        String foreign = "arn:aws:cognito-identity:eu-west-1:" + fake.accountId() + ":identitypool/" + poolId;
        assertThatThrownBy(() -> cognito.listTagsForResource(b -> b.resourceArn(foreign)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void arnOfAnUnknownPoolIsResourceNotFound() {
        assertError(
                () -> cognito.listTagsForResource(b -> b.resourceArn(arn(UNKNOWN_POOL_ID))),
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL_ID + "' not found.");
        assertThatThrownBy(() -> cognito.tagResource(
                        b -> b.resourceArn(arn(UNKNOWN_POOL_ID)).tags(Map.of("k", "v"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.untagResource(
                        b -> b.resourceArn(arn(UNKNOWN_POOL_ID)).tagKeys("k")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void arnCarriesTheConfiguredRegionAccountAndPartition() {
        try (FakeCognitoIdentity china = FakeCognitoIdentity.builder()
                        .region("cn-north-1")
                        .accountId("111122223333")
                        .start();
                CognitoIdentityClient client = FakeServerTestBase.client(china)) {
            String poolId = newPool(client, b -> b.identityPoolTags(Map.of("k", "v")));
            String arn = "arn:aws-cn:cognito-identity:cn-north-1:111122223333:identitypool/" + poolId;
            assertThat(arn(china, poolId)).isNotEqualTo(arn); // the helper knows only the aws partition
            assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags())
                    .containsExactly(Map.entry("k", "v"));
            String wrongPartition = "arn:aws:cognito-identity:cn-north-1:111122223333:identitypool/" + poolId;
            assertThatThrownBy(() -> client.listTagsForResource(b -> b.resourceArn(wrongPartition)))
                    .isInstanceOf(ResourceNotFoundException.class);
            String defaultAccount = "arn:aws-cn:cognito-identity:cn-north-1:123456789012:identitypool/" + poolId;
            assertThatThrownBy(() -> client.listTagsForResource(b -> b.resourceArn(defaultAccount)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void tagsOfOnePoolDoNotLeakIntoAnother() {
        String first = newPool();
        String second = newPool();
        tag(first, Map.of("only", "first"));
        assertThat(tagsOf(second)).isEmpty();
    }

    @Test
    void requiredMembersAreValidated() {
        String poolId = newPool();
        assertError(
                () -> cognito.tagResource(b -> b.resourceArn(arn(poolId))),
                "ValidationException",
                "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
        assertError(
                () -> cognito.untagResource(b -> b.resourceArn(arn(poolId))),
                "ValidationException",
                "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
        assertError(
                () -> cognito.listTagsForResource(b -> {}),
                "ValidationException",
                "1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint: Member must not be null");
    }
}
