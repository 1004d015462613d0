package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolResponse;

/** DescribeIdentityPool, UpdateIdentityPool and DeleteIdentityPool. */
class PoolLifecycleTest extends PoolTestSupport {
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";
    private static final String OIDC_ARN = "arn:aws:iam::123456789012:oidc-provider/login.example.com";
    private static final String SAML_ARN = "arn:aws:iam::123456789012:saml-provider/Corp";

    private String fullPool() {
        return newPool(b -> b.allowClassicFlow(false)
                .supportedLoginProviders(Map.of("graph.facebook.com", "1234567890"))
                .developerProviderName("login.dev")
                .openIdConnectProviderARNs(OIDC_ARN)
                .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("c1")
                        .build())
                .samlProviderARNs(SAML_ARN)
                .identityPoolTags(Map.of("team", "identity")));
    }

    private DescribeIdentityPoolResponse describe(String poolId) {
        return cognito.describeIdentityPool(b -> b.identityPoolId(poolId));
    }

    // ------------------------------------------------------------------ DescribeIdentityPool

    @Test
    void describeUnknownPoolIsResourceNotFoundWithTheExactMessage() {
        assertThatThrownBy(() -> describe(UNKNOWN_POOL_ID))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(((ResourceNotFoundException) e)
                                .awsErrorDetails()
                                .errorMessage())
                        .isEqualTo("IdentityPool '" + UNKNOWN_POOL_ID + "' not found."));
    }

    @Test
    void describePoolIdOfAnotherRegionIsResourceNotFound() {
        String poolId = newPool();
        String elsewhere = "eu-west-1:" + poolId.substring(poolId.indexOf(':') + 1);
        assertError(
                () -> describe(elsewhere), "ResourceNotFoundException", "IdentityPool '" + elsewhere + "' not found.");
    }

    @Test
    void describeMalformedPoolIdIsValidationErrorBeforeLookup() {
        assertError(
                () -> describe("not-a-pool-id"),
                "ValidationException",
                "1 validation error detected: Value 'not-a-pool-id' at 'identityPoolId' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+");
    }

    @Test
    void describeWithoutPoolIdIsValidationError() {
        assertError(
                () -> cognito.describeIdentityPool(b -> {}),
                "ValidationException",
                "1 validation error detected: Value null at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    // ------------------------------------------------------------------ UpdateIdentityPool

    @Test
    void updateReplacesTheWholeConfigurationAndClearsOmittedProviders() throws Exception {
        String poolId = fullPool();
        String newName = uniqueName("renamed");
        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(
                b -> b.identityPoolId(poolId).identityPoolName(newName).allowUnauthenticatedIdentities(false));

        assertThat(updated.identityPoolId()).isEqualTo(poolId);
        assertThat(updated.identityPoolName()).isEqualTo(newName);
        assertThat(updated.allowUnauthenticatedIdentities()).isFalse();
        assertThat(updated.hasSupportedLoginProviders()).isFalse();
        assertThat(updated.hasOpenIdConnectProviderARNs()).isFalse();
        assertThat(updated.hasCognitoIdentityProviders()).isFalse();
        assertThat(updated.hasSamlProviderARNs()).isFalse();

        DescribeIdentityPoolResponse described = describe(poolId);
        assertThat(described.identityPoolName()).isEqualTo(newName);
        assertThat(described.allowUnauthenticatedIdentities()).isFalse();
        assertThat(described.hasSupportedLoginProviders()).isFalse();
        assertThat(described.hasOpenIdConnectProviderARNs()).isFalse();
        assertThat(described.hasCognitoIdentityProviders()).isFalse();
        assertThat(described.hasSamlProviderARNs()).isFalse();

        JsonNode raw = rawOk("DescribeIdentityPool", json("{'IdentityPoolId':'" + poolId + "'}"));
        assertThat(raw.has("SupportedLoginProviders")).isFalse();
        assertThat(raw.has("OpenIdConnectProviderARNs")).isFalse();
        assertThat(raw.has("CognitoIdentityProviders")).isFalse();
        assertThat(raw.has("SamlProviderARNs")).isFalse();
    }

    @Test
    void updateWithEmptyCollectionsClearsProviders() {
        String poolId = fullPool();
        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                .identityPoolName(uniqueName("empties"))
                .allowUnauthenticatedIdentities(true)
                .supportedLoginProviders(Map.of())
                .openIdConnectProviderARNs(java.util.List.of())
                .cognitoIdentityProviders(java.util.List.of())
                .samlProviderARNs(java.util.List.of()));
        assertThat(updated.hasSupportedLoginProviders()).isFalse();
        assertThat(updated.hasOpenIdConnectProviderARNs()).isFalse();
        assertThat(updated.hasCognitoIdentityProviders()).isFalse();
        assertThat(updated.hasSamlProviderARNs()).isFalse();
    }

    @Test
    void updateSetsNewProvidersAndTheResponseIsTheNewState() {
        String poolId = newPool();
        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                .identityPoolName(uniqueName("grown"))
                .allowUnauthenticatedIdentities(true)
                .supportedLoginProviders(Map.of("accounts.google.com", "google-client"))
                .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("c9")
                        .serverSideTokenCheck(true)
                        .build())
                .openIdConnectProviderARNs(OIDC_ARN)
                .samlProviderARNs(SAML_ARN));
        assertThat(updated.supportedLoginProviders())
                .containsExactly(Map.entry("accounts.google.com", "google-client"));
        assertThat(updated.cognitoIdentityProviders())
                .containsExactly(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("c9")
                        .serverSideTokenCheck(true)
                        .build());
        assertThat(updated.openIdConnectProviderARNs()).containsExactly(OIDC_ARN);
        assertThat(updated.samlProviderARNs()).containsExactly(SAML_ARN);

        DescribeIdentityPoolResponse described = describe(poolId);
        assertThat(described.identityPoolName()).isEqualTo(updated.identityPoolName());
        assertThat(described.supportedLoginProviders()).isEqualTo(updated.supportedLoginProviders());
        assertThat(described.cognitoIdentityProviders()).isEqualTo(updated.cognitoIdentityProviders());
        assertThat(described.openIdConnectProviderARNs()).isEqualTo(updated.openIdConnectProviderARNs());
        assertThat(described.samlProviderARNs()).isEqualTo(updated.samlProviderARNs());
        assertThat(described.identityPoolTags()).isEqualTo(updated.identityPoolTags());
    }

    @Test
    void updateKeepsDeveloperProviderNameWhenOmitted() {
        String poolId = fullPool();
        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b ->
                b.identityPoolId(poolId).identityPoolName(uniqueName("keepdev")).allowUnauthenticatedIdentities(true));
        assertThat(updated.developerProviderName()).isEqualTo("login.dev");
        assertThat(describe(poolId).developerProviderName()).isEqualTo("login.dev");
    }

    @Test
    void updateWithTheSameDeveloperProviderNameIsAllowed() {
        String poolId = fullPool();
        assertThat(cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                                .identityPoolName(uniqueName("samedev"))
                                .allowUnauthenticatedIdentities(true)
                                .developerProviderName("login.dev"))
                        .developerProviderName())
                .isEqualTo("login.dev");
    }

    @Test
    void updateChangingDeveloperProviderNameIsInvalidAndChangesNothing() {
        String poolId = fullPool();
        DescribeIdentityPoolResponse before = describe(poolId);
        assertThatThrownBy(() -> cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                        .identityPoolName(uniqueName("otherdev"))
                        .allowUnauthenticatedIdentities(true)
                        .developerProviderName("login.other")))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(describe(poolId).equalsBySdkFields(before))
                .as("pool unchanged")
                .isTrue();
    }

    @Test
    void updateMaySetDeveloperProviderNameOnAPoolWithoutOne() {
        String poolId = newPool();
        assertThat(describe(poolId).developerProviderName()).isNull();
        assertThat(cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                                .identityPoolName(uniqueName("adddev"))
                                .allowUnauthenticatedIdentities(true)
                                .developerProviderName("login.new"))
                        .developerProviderName())
                .isEqualTo("login.new");
        assertThat(describe(poolId).developerProviderName()).isEqualTo("login.new");
    }

    @Test
    void updateWithoutAllowClassicFlowReturnsItToUnset() throws Exception {
        String poolId = fullPool();
        assertThat(describe(poolId).allowClassicFlow()).isFalse();
        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b ->
                b.identityPoolId(poolId).identityPoolName(uniqueName("classic")).allowUnauthenticatedIdentities(true));
        assertThat(updated.allowClassicFlow()).isNull();
        assertThat(describe(poolId).allowClassicFlow()).isNull();
        assertThat(rawOk("DescribeIdentityPool", json("{'IdentityPoolId':'" + poolId + "'}"))
                        .has("AllowClassicFlow"))
                .isFalse();
    }

    @Test
    void updateCanSetAllowClassicFlowTrueAndFalse() {
        String poolId = newPool();
        assertThat(cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                                .identityPoolName(uniqueName("c"))
                                .allowUnauthenticatedIdentities(true)
                                .allowClassicFlow(false))
                        .allowClassicFlow())
                .isFalse();
        assertThat(cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                                .identityPoolName(uniqueName("c"))
                                .allowUnauthenticatedIdentities(true)
                                .allowClassicFlow(true))
                        .allowClassicFlow())
                .isTrue();
        assertThat(describe(poolId).allowClassicFlow()).isTrue();
    }

    @Test
    void updateKeepsTagsWhenIdentityPoolTagsOmitted() {
        String poolId = fullPool();
        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                .identityPoolName(uniqueName("keeptags"))
                .allowUnauthenticatedIdentities(true));
        assertThat(updated.identityPoolTags()).containsExactly(Map.entry("team", "identity"));
        assertThat(describe(poolId).identityPoolTags()).containsExactly(Map.entry("team", "identity"));
        assertThat(cognito.listTagsForResource(b -> b.resourceArn(arn(poolId))).tags())
                .containsExactly(Map.entry("team", "identity"));
    }

    @Test
    void updateReplacesTagsWhenIdentityPoolTagsGiven() {
        String poolId = fullPool();
        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                .identityPoolName(uniqueName("newtags"))
                .allowUnauthenticatedIdentities(true)
                .identityPoolTags(Map.of("owner", "me", "cost", "42")));
        assertThat(updated.identityPoolTags()).containsExactlyInAnyOrderEntriesOf(Map.of("owner", "me", "cost", "42"));
        assertThat(cognito.listTagsForResource(b -> b.resourceArn(arn(poolId))).tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("owner", "me", "cost", "42"));
    }

    @Test
    void updateWithEmptyTagMapClearsTags() {
        String poolId = fullPool();
        assertThat(cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                                .identityPoolName(uniqueName("notags"))
                                .allowUnauthenticatedIdentities(true)
                                .identityPoolTags(Map.of()))
                        .identityPoolTags())
                .isEmpty();
        assertThat(describe(poolId).identityPoolTags()).isEmpty();
    }

    @Test
    void updateWithInvalidTagsIsRejectedAndKeepsTheOldState() {
        String poolId = fullPool();
        DescribeIdentityPoolResponse before = describe(poolId);
        assertThatThrownBy(() -> cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                        .identityPoolName(uniqueName("awstag"))
                        .allowUnauthenticatedIdentities(true)
                        .identityPoolTags(Map.of("aws:x", "y"))))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(describe(poolId).equalsBySdkFields(before))
                .as("pool unchanged")
                .isTrue();
    }

    @Test
    void updateRejectsABareUserPoolIdAndKeepsTheConfiguration() {
        String poolId = newPool(b -> b.cognitoIdentityProviders(CognitoIdentityProvider.builder()
                .providerName(USER_POOL)
                .clientId("c")
                .build()));
        assertError(
                () -> cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                        .identityPoolName(uniqueName("bare"))
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName("us-east-1_Abc")
                                .clientId("c")
                                .build())),
                "InvalidParameterException",
                "Invalid Cognito Identity Provider");

        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).cognitoIdentityProviders())
                .extracting(CognitoIdentityProvider::providerName)
                .containsExactly(USER_POOL);
    }

    @Test
    void updateRejectsAUserPoolProviderWithoutProviderName() {
        String poolId = newPool();
        assertError(
                () -> cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                        .identityPoolName(uniqueName("np"))
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(
                                CognitoIdentityProvider.builder().clientId("c").build())),
                "InvalidParameterException",
                "Invalid Cognito Identity Provider");
    }

    @Test
    void updateUnknownPoolIsResourceNotFound() {
        assertThatThrownBy(() -> cognito.updateIdentityPool(b -> b.identityPoolId(UNKNOWN_POOL_ID)
                        .identityPoolName(uniqueName("ghost"))
                        .allowUnauthenticatedIdentities(true)))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(((ResourceNotFoundException) e)
                                .awsErrorDetails()
                                .errorMessage())
                        .isEqualTo("IdentityPool '" + UNKNOWN_POOL_ID + "' not found."));
    }

    @Test
    void updateWithoutRequiredMembersIsValidationError() {
        String poolId = newPool();
        assertError(
                () -> cognito.updateIdentityPool(b -> b.identityPoolId(poolId).identityPoolName("bad/name")),
                "ValidationException",
                "2 validation errors detected: "
                        + "Value 'bad/name' at 'identityPoolName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+; "
                        + "Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    // ------------------------------------------------------------------ DeleteIdentityPool

    @Test
    void deletedPoolIsNotFoundAfterwards() {
        String poolId = newPool();
        cognito.deleteIdentityPool(b -> b.identityPoolId(poolId));
        assertError(() -> describe(poolId), "ResourceNotFoundException", "IdentityPool '" + poolId + "' not found.");
        assertThatThrownBy(() -> cognito.deleteIdentityPool(b -> b.identityPoolId(poolId)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                        .identityPoolName(uniqueName("zombie"))
                        .allowUnauthenticatedIdentities(true)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(cognito.listIdentityPoolsPaginator(b -> b.maxResults(60)).identityPools())
                .noneMatch(p -> p.identityPoolId().equals(poolId));
    }

    @Test
    void deletingAPoolDeletesItsIdentities() {
        String poolId = newPool();
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        assertThat(cognito.describeIdentity(b -> b.identityId(identityId)).identityId())
                .isEqualTo(identityId);

        cognito.deleteIdentityPool(b -> b.identityPoolId(poolId));

        assertThatThrownBy(() -> cognito.describeIdentity(b -> b.identityId(identityId)))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(((ResourceNotFoundException) e)
                                .awsErrorDetails()
                                .errorMessage())
                        .isEqualTo("Identity '" + identityId + "' not found."));
        assertError(
                () -> cognito.getId(b -> b.identityPoolId(poolId)),
                "ResourceNotFoundException",
                "IdentityPool '" + poolId + "' not found.");
    }

    @Test
    void deletingAPoolDropsItsTags() {
        String poolId = fullPool();
        cognito.deleteIdentityPool(b -> b.identityPoolId(poolId));
        assertThatThrownBy(() -> cognito.listTagsForResource(b -> b.resourceArn(arn(poolId))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteLeavesOtherPoolsAlone() {
        String doomed = newPool();
        String survivor = fullPool();
        cognito.deleteIdentityPool(b -> b.identityPoolId(doomed));
        assertThat(describe(survivor).identityPoolId()).isEqualTo(survivor);
    }

    @Test
    void deleteAnswersWithAnEmptyBody() throws Exception {
        String poolId = newPool();
        HttpResponse<String> response = rawCall("DeleteIdentityPool", json("{'IdentityPoolId':'" + poolId + "'}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void deleteMalformedPoolIdIsValidationError() {
        assertErrorCode(() -> cognito.deleteIdentityPool(b -> b.identityPoolId("bogus")), "ValidationException");
    }

    @Test
    void deleteUnknownPoolIsResourceNotFound() {
        assertError(
                () -> cognito.deleteIdentityPool(b -> b.identityPoolId(UNKNOWN_POOL_ID)),
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL_ID + "' not found.");
    }
}
