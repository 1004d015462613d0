package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetPrincipalTagAttributeMapResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.SetPrincipalTagAttributeMapResponse;

/** SetPrincipalTagAttributeMap and GetPrincipalTagAttributeMap. */
class PrincipalTagAttributeMapTest extends PoolTestSupport {
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";
    private static final String FACEBOOK = "graph.facebook.com";
    private static final String OIDC_ARN = "arn:aws:iam::123456789012:oidc-provider/login.example.com";

    private String poolWithProviders() {
        return newPool(b -> b.supportedLoginProviders(Map.of(FACEBOOK, "1234567890"))
                .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("client")
                        .build())
                .openIdConnectProviderARNs(OIDC_ARN));
    }

    private GetPrincipalTagAttributeMapResponse get(String poolId, String provider) {
        return cognito.getPrincipalTagAttributeMap(b -> b.identityPoolId(poolId).identityProviderName(provider));
    }

    @Test
    void customMapWithoutDefaultsRoundTrips() {
        String poolId = poolWithProviders();
        SetPrincipalTagAttributeMapResponse set = cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName(USER_POOL)
                .useDefaults(false)
                .principalTags(Map.of("app_id", "aud", "user_id", "sub")));
        assertThat(set.identityPoolId()).isEqualTo(poolId);
        assertThat(set.identityProviderName()).isEqualTo(USER_POOL);
        assertThat(set.useDefaults()).isFalse();
        assertThat(set.principalTags()).containsExactlyInAnyOrderEntriesOf(Map.of("app_id", "aud", "user_id", "sub"));

        GetPrincipalTagAttributeMapResponse got = get(poolId, USER_POOL);
        assertThat(got.identityPoolId()).isEqualTo(poolId);
        assertThat(got.identityProviderName()).isEqualTo(USER_POOL);
        assertThat(got.useDefaults()).isFalse();
        assertThat(got.principalTags()).containsExactlyInAnyOrderEntriesOf(Map.of("app_id", "aud", "user_id", "sub"));
    }

    @Test
    void useDefaultsTrueRoundTrips() {
        String poolId = poolWithProviders();
        SetPrincipalTagAttributeMapResponse set = cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName(FACEBOOK)
                .useDefaults(true)
                .principalTags(Map.of()));
        assertThat(set.useDefaults()).isTrue();
        assertThat(set.principalTags()).isEmpty();

        GetPrincipalTagAttributeMapResponse got = get(poolId, FACEBOOK);
        assertThat(got.useDefaults()).isTrue();
        assertThat(got.principalTags()).isEmpty();
    }

    @Test
    void secondSetReplacesTheFirstForThatProviderOnly() {
        String poolId = poolWithProviders();
        cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName(USER_POOL)
                .useDefaults(false)
                .principalTags(Map.of("a", "b")));
        cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName(FACEBOOK)
                .useDefaults(false)
                .principalTags(Map.of("fb", "id")));
        cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName(USER_POOL)
                .useDefaults(true)
                .principalTags(Map.of("c", "d")));

        GetPrincipalTagAttributeMapResponse userPool = get(poolId, USER_POOL);
        assertThat(userPool.useDefaults()).isTrue();
        assertThat(userPool.principalTags()).containsExactly(Map.entry("c", "d"));
        GetPrincipalTagAttributeMapResponse facebook = get(poolId, FACEBOOK);
        assertThat(facebook.useDefaults()).isFalse();
        assertThat(facebook.principalTags()).containsExactly(Map.entry("fb", "id"));
    }

    @Test
    void oidcProviderIsKnownByItsName() {
        String poolId = poolWithProviders();
        cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName("login.example.com")
                .useDefaults(false)
                .principalTags(Map.of("dept", "department")));
        assertThat(get(poolId, "login.example.com").principalTags()).containsExactly(Map.entry("dept", "department"));
    }

    @Test
    void omittedUseDefaultsAndPrincipalTagsAreEchoedAsFalseAndEmpty() throws Exception {
        String poolId = poolWithProviders();
        String request = json("{'IdentityPoolId':'" + poolId + "','IdentityProviderName':'" + FACEBOOK + "'}");
        String expected = json("{'IdentityPoolId':'" + poolId + "','IdentityProviderName':'" + FACEBOOK + "',"
                + "'UseDefaults':false,'PrincipalTags':{}}");
        assertThat(rawOk("SetPrincipalTagAttributeMap", request)).isEqualTo(JSON.readTree(expected));
        assertThat(rawOk("GetPrincipalTagAttributeMap", request)).isEqualTo(JSON.readTree(expected));
    }

    @Test
    void unconfiguredProviderIsAnInvalidParameter() {
        String poolId = poolWithProviders();
        assertThatThrownBy(() -> cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                        .identityProviderName("accounts.google.com")
                        .useDefaults(true)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                        .identityProviderName("cognito-idp.us-east-1.amazonaws.com/us-east-1_Other")
                        .useDefaults(true)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> get(poolId, "accounts.google.com")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void getBeforeAnySetIsResourceNotFound() {
        String poolId = poolWithProviders();
        assertThatThrownBy(() -> get(poolId, USER_POOL)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void getForAnotherProviderThanTheOneSetIsResourceNotFound() {
        String poolId = poolWithProviders();
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(poolId).identityProviderName(USER_POOL).useDefaults(true));
        assertThat(get(poolId, USER_POOL).useDefaults()).isTrue();
        assertThatThrownBy(() -> get(poolId, FACEBOOK)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void unknownPoolIsResourceNotFound() {
        assertError(
                () -> cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(UNKNOWN_POOL_ID)
                        .identityProviderName(FACEBOOK)
                        .useDefaults(true)),
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL_ID + "' not found.");
        assertError(
                () -> get(UNKNOWN_POOL_ID, FACEBOOK),
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL_ID + "' not found.");
    }

    @Test
    void requiredMembersAreValidated() {
        String poolId = poolWithProviders();
        assertError(
                () -> cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)),
                "ValidationException",
                "1 validation error detected: Value null at 'identityProviderName' failed to satisfy constraint: "
                        + "Member must not be null");
        assertErrorCode(() -> cognito.getPrincipalTagAttributeMap(b -> b.identityPoolId("bad")), "ValidationException");
    }

    @Test
    void claimNameOver256CharactersIsAValidationErrorAndLeavesTheMapAsItWas() {
        String poolId = poolWithProviders();
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(poolId).identityProviderName(FACEBOOK).principalTags(Map.of("user", "sub")));
        String tooLong = "c".repeat(257);

        assertThat(errorMessage(
                        () -> cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                                .identityProviderName(FACEBOOK)
                                .principalTags(Map.of("long", tooLong))),
                        "ValidationException"))
                .contains("at 'principalTags' failed to satisfy constraint: Map value must satisfy constraint: "
                        + "[Member must have length less than or equal to 256");
        assertThat(get(poolId, FACEBOOK).principalTags()).containsExactly(Map.entry("user", "sub"));
    }

    @Test
    void claimNamesOver460BytesTogetherAreAccepted() {
        String poolId = poolWithProviders();
        Map<String, String> tags = Map.of("a", "a".repeat(256), "b", "b".repeat(256));

        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(poolId).identityProviderName(FACEBOOK).principalTags(tags));

        assertThat(get(poolId, FACEBOOK).principalTags()).isEqualTo(tags);
    }

    @Test
    void mapsOfADeletedPoolAreGone() {
        String poolId = poolWithProviders();
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(poolId).identityProviderName(FACEBOOK).useDefaults(true));
        cognito.deleteIdentityPool(b -> b.identityPoolId(poolId));
        assertError(
                () -> get(poolId, FACEBOOK), "ResourceNotFoundException", "IdentityPool '" + poolId + "' not found.");
    }
}
