package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.LimitExceededException;

class CreateIdentityPoolTest extends PoolTestSupport {
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";
    private static final String OIDC_ARN = "arn:aws:iam::123456789012:oidc-provider/login.example.com";
    private static final String SAML_ARN = "arn:aws:iam::123456789012:saml-provider/Corp";

    @Test
    void newPoolIdIsRegionColonLowercaseUuid() {
        CreateIdentityPoolResponse created = cognito.createIdentityPool(
                b -> b.identityPoolName(uniqueName("ids")).allowUnauthenticatedIdentities(false));
        assertThat(created.identityPoolId()).matches(POOL_ID_PATTERN).startsWith(fake.region() + ":");
        String other = newPool();
        assertThat(other).isNotEqualTo(created.identityPoolId());
    }

    @Test
    void everyConfiguredMemberIsEchoedByCreateAndDescribe() {
        String name = uniqueName("full pool.with+chars=@,-");
        CreateIdentityPoolResponse created = cognito.createIdentityPool(b -> b.identityPoolName(name)
                .allowUnauthenticatedIdentities(true)
                .allowClassicFlow(true)
                .supportedLoginProviders(Map.of("graph.facebook.com", "1234567890", "api.twitter.com", "key;secret"))
                .developerProviderName("login.example_dev-1")
                .openIdConnectProviderARNs(OIDC_ARN)
                .cognitoIdentityProviders(
                        CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("client1")
                                .build(),
                        CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("client2")
                                .serverSideTokenCheck(true)
                                .build())
                .samlProviderARNs(SAML_ARN)
                .identityPoolTags(Map.of("team", "identity", "env", "")));

        assertThat(created.identityPoolName()).isEqualTo(name);
        assertThat(created.allowUnauthenticatedIdentities()).isTrue();
        assertThat(created.allowClassicFlow()).isTrue();
        assertThat(created.supportedLoginProviders())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("graph.facebook.com", "1234567890", "api.twitter.com", "key;secret"));
        assertThat(created.developerProviderName()).isEqualTo("login.example_dev-1");
        assertThat(created.openIdConnectProviderARNs()).containsExactly(OIDC_ARN);
        assertThat(created.cognitoIdentityProviders())
                .containsExactly(
                        CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("client1")
                                .serverSideTokenCheck(false)
                                .build(),
                        CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("client2")
                                .serverSideTokenCheck(true)
                                .build());
        assertThat(created.samlProviderARNs()).containsExactly(SAML_ARN);
        assertThat(created.identityPoolTags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "identity", "env", ""));

        DescribeIdentityPoolResponse described =
                cognito.describeIdentityPool(b -> b.identityPoolId(created.identityPoolId()));
        assertThat(described.identityPoolId()).isEqualTo(created.identityPoolId());
        assertThat(described.identityPoolName()).isEqualTo(name);
        assertThat(described.allowUnauthenticatedIdentities()).isTrue();
        assertThat(described.allowClassicFlow()).isTrue();
        assertThat(described.supportedLoginProviders()).isEqualTo(created.supportedLoginProviders());
        assertThat(described.developerProviderName()).isEqualTo("login.example_dev-1");
        assertThat(described.openIdConnectProviderARNs()).containsExactly(OIDC_ARN);
        assertThat(described.cognitoIdentityProviders()).isEqualTo(created.cognitoIdentityProviders());
        assertThat(described.samlProviderARNs()).containsExactly(SAML_ARN);
        assertThat(described.identityPoolTags()).isEqualTo(created.identityPoolTags());
    }

    @Test
    void serverSideTokenCheckIsSentAsFalseWhenNotGiven() throws Exception {
        JsonNode body = rawOk(
                "CreateIdentityPool",
                json("{'IdentityPoolName':'" + uniqueName("sstc") + "',"
                        + "'AllowUnauthenticatedIdentities':false,"
                        + "'CognitoIdentityProviders':[{'ProviderName':'" + USER_POOL + "','ClientId':'abc'}]}"));
        JsonNode provider = body.get("CognitoIdentityProviders").get(0);
        assertThat(provider.has("ServerSideTokenCheck")).isTrue();
        assertThat(provider.get("ServerSideTokenCheck").isBoolean()).isTrue();
        assertThat(provider.get("ServerSideTokenCheck").booleanValue()).isFalse();
    }

    @Test
    void allowClassicFlowAbsentIsLeftOutOfResponses() throws Exception {
        CreateIdentityPoolResponse created = cognito.createIdentityPool(
                b -> b.identityPoolName(uniqueName("classic")).allowUnauthenticatedIdentities(true));
        assertThat(created.allowClassicFlow()).isNull();
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(created.identityPoolId()))
                        .allowClassicFlow())
                .isNull();

        JsonNode raw = rawOk("DescribeIdentityPool", json("{'IdentityPoolId':'" + created.identityPoolId() + "'}"));
        assertThat(raw.has("AllowClassicFlow")).isFalse();
    }

    @Test
    void allowClassicFlowFalseIsSentAsFalse() throws Exception {
        CreateIdentityPoolResponse created = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("noclassic"))
                .allowUnauthenticatedIdentities(true)
                .allowClassicFlow(false));
        assertThat(created.allowClassicFlow()).isFalse();
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(created.identityPoolId()))
                        .allowClassicFlow())
                .isFalse();

        JsonNode raw = rawOk("DescribeIdentityPool", json("{'IdentityPoolId':'" + created.identityPoolId() + "'}"));
        assertThat(raw.get("AllowClassicFlow").isBoolean()).isTrue();
        assertThat(raw.get("AllowClassicFlow").booleanValue()).isFalse();
    }

    @Test
    void allowClassicFlowTrueIsSentAsTrue() {
        CreateIdentityPoolResponse created =
                cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("yesclassic"))
                        .allowUnauthenticatedIdentities(true)
                        .allowClassicFlow(true));
        assertThat(created.allowClassicFlow()).isTrue();
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(created.identityPoolId()))
                        .allowClassicFlow())
                .isTrue();
    }

    @Test
    void minimalPoolHasExactlyIdNameGuestFlagAndEmptyTags() throws Exception {
        String name = uniqueName("minimal");
        JsonNode created = rawOk(
                "CreateIdentityPool",
                json("{'IdentityPoolName':'" + name + "','AllowUnauthenticatedIdentities':false}"));
        assertThat(created.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "IdentityPoolId", "IdentityPoolName", "AllowUnauthenticatedIdentities", "IdentityPoolTags");
        assertThat(created.get("IdentityPoolName").asText()).isEqualTo(name);
        assertThat(created.get("AllowUnauthenticatedIdentities").isBoolean()).isTrue();
        assertThat(created.get("AllowUnauthenticatedIdentities").booleanValue()).isFalse();
        assertThat(created.get("IdentityPoolTags").isObject()).isTrue();
        assertThat(created.get("IdentityPoolTags").size()).isZero();

        JsonNode described = rawOk(
                "DescribeIdentityPool",
                json("{'IdentityPoolId':'" + created.get("IdentityPoolId").asText() + "'}"));
        assertThat(described).isEqualTo(created);
    }

    @Test
    void sdkSeesEmptyTagMapWhenNoTagsGiven() {
        CreateIdentityPoolResponse created = cognito.createIdentityPool(
                b -> b.identityPoolName(uniqueName("notags")).allowUnauthenticatedIdentities(true));
        assertThat(created.hasIdentityPoolTags()).isTrue();
        assertThat(created.identityPoolTags()).isEmpty();
        assertThat(created.hasSupportedLoginProviders()).isFalse();
        assertThat(created.hasCognitoIdentityProviders()).isFalse();
        assertThat(created.hasOpenIdConnectProviderARNs()).isFalse();
        assertThat(created.hasSamlProviderARNs()).isFalse();
        assertThat(created.developerProviderName()).isNull();
    }

    @Test
    void emptyCollectionsGivenAreLeftOutOfTheResponse() throws Exception {
        JsonNode created = rawOk(
                "CreateIdentityPool",
                json("{'IdentityPoolName':'" + uniqueName("empties") + "',"
                        + "'AllowUnauthenticatedIdentities':true,'SupportedLoginProviders':{},"
                        + "'OpenIdConnectProviderARNs':[],'CognitoIdentityProviders':[],'SamlProviderARNs':[],"
                        + "'IdentityPoolTags':{}}"));
        assertThat(created.has("SupportedLoginProviders")).isFalse();
        assertThat(created.has("OpenIdConnectProviderARNs")).isFalse();
        assertThat(created.has("CognitoIdentityProviders")).isFalse();
        assertThat(created.has("SamlProviderARNs")).isFalse();
        assertThat(created.has("DeveloperProviderName")).isFalse();
        assertThat(created.has("AllowClassicFlow")).isFalse();
        assertThat(created.get("IdentityPoolTags").size()).isZero();
        assertThat(created.toString()).doesNotContain("null");
    }

    @Test
    void poolNamesNeedNotBeUnique() {
        String name = uniqueName("twice");
        String first = cognito.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String second = cognito.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(true))
                .identityPoolId();
        assertThat(first).isNotEqualTo(second);
    }

    // ------------------------------------------------------------------ validation (model constraints)

    @Test
    void nameWithSlashFailsThePatternWithTheCoralMessage() {
        assertError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName("a/b").allowUnauthenticatedIdentities(true)),
                "ValidationException",
                "1 validation error detected: Value 'a/b' at 'identityPoolName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
    }

    @Test
    void nameLongerThan128FailsTheLengthConstraint() {
        String longName = "a".repeat(129);
        assertError(
                () -> cognito.createIdentityPool(
                        b -> b.identityPoolName(longName).allowUnauthenticatedIdentities(true)),
                "ValidationException",
                "1 validation error detected: Value '" + longName + "' at 'identityPoolName' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 128");
    }

    @Test
    void nameOf128CharactersIsAccepted() {
        String name = "b".repeat(128);
        assertThat(cognito.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(true))
                        .identityPoolName())
                .isEqualTo(name);
    }

    @Test
    void emptyNameFailsTheMinimumLength() {
        assertThat(errorMessage(
                        () -> cognito.createIdentityPool(
                                b -> b.identityPoolName("").allowUnauthenticatedIdentities(true)),
                        "ValidationException"))
                .contains("Value '' at 'identityPoolName' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
    }

    @Test
    void missingAllowUnauthenticatedIdentitiesMustNotBeNull() {
        assertError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("nullguest"))),
                "ValidationException",
                "1 validation error detected: Value null at 'allowUnauthenticatedIdentities' failed to satisfy "
                        + "constraint: Member must not be null");
    }

    @Test
    void severalViolationsAreCountedAndJoined() {
        assertError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName("a/b").developerProviderName("bad name!")),
                "ValidationException",
                "3 validation errors detected: "
                        + "Value 'a/b' at 'identityPoolName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+; "
                        + "Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: "
                        + "Member must not be null; "
                        + "Value 'bad name!' at 'developerProviderName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w._-]+");
    }

    @Test
    void moreThanTenSupportedLoginProvidersIsAValidationError() {
        Map<String, String> providers = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            providers.put("provider" + i + ".example.com", "app" + i);
        }
        assertThat(errorMessage(
                        () -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("slp"))
                                .allowUnauthenticatedIdentities(true)
                                .supportedLoginProviders(providers)),
                        "ValidationException"))
                .startsWith("1 validation error detected: ")
                .contains("at 'supportedLoginProviders' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 10");
    }

    @Test
    void invalidRequestCreatesNoPool() {
        String name = uniqueName("notcreated");
        assertErrorCode(() -> cognito.createIdentityPool(b -> b.identityPoolName(name)), "ValidationException");
        assertThatThrownBy(() -> cognito.createIdentityPool(b -> b.identityPoolName(name)
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(
                                CognitoIdentityProvider.builder().clientId("c").build())))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(cognito.listIdentityPoolsPaginator(b -> b.maxResults(60)).identityPools())
                .noneMatch(p -> p.identityPoolName().equals(name));
    }

    // ------------------------------------------------------------------ semantic checks

    @Test
    void userPoolProviderWithoutProviderNameIsAnInvalidCognitoIdentityProvider() {
        assertThatThrownBy(() -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("noprov"))
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .clientId("client1")
                                .build())))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(((InvalidParameterException) e)
                                .awsErrorDetails()
                                .errorMessage())
                        .isEqualTo("Invalid Cognito Identity Provider"));
    }

    @Test
    void userPoolProviderWithoutClientIdIsAnInvalidCognitoIdentityProvider() {
        assertError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("noclient"))
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .build())),
                "InvalidParameterException",
                "Invalid Cognito Identity Provider");
    }

    @Test
    void userPoolProviderNameThatIsNotACognitoIdpUrlIsAnInvalidCognitoIdentityProvider() {
        for (String name : List.of(
                "us-east-1_Abc", // the bare user pool id (aws/aws-cdk#11054)
                "https://" + USER_POOL,
                "cognito-idp.us-east-1.amazonaws.com",
                "cognito-idp.us-east-1.amazonaws.com/",
                "cognito-idp.us-east-1.amazonaws.com/Abc",
                "login.example.com/us-east-1_Abc",
                "localhost/local_abc", // an emulator without its port
                "localhost:9229", // ... or without its path
                "localhost:0/local_abc",
                "localhost:65536/local_abc",
                "127.0.0.256:9229/local_abc",
                "emulator.example.com:9229/local_abc")) {
            assertError(
                    () -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("badprov"))
                            .allowUnauthenticatedIdentities(true)
                            .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                    .providerName(name)
                                    .clientId("client1")
                                    .build())),
                    "InvalidParameterException",
                    "Invalid Cognito Identity Provider");
        }
    }

    @Test
    void userPoolProviderNamesOfEveryPartitionAreAccepted() {
        List<String> names = List.of(
                "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_aB3dE",
                "cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_Abc",
                "cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Abc",
                "cognito-idp.us-east-1.amazonaws.com/eu-west-1_Abc");
        CreateIdentityPoolResponse created = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("regions"))
                .allowUnauthenticatedIdentities(true)
                .cognitoIdentityProviders(names.stream()
                        .map(name -> CognitoIdentityProvider.builder()
                                .providerName(name)
                                .clientId("client1")
                                .build())
                        .toList()));

        assertThat(created.cognitoIdentityProviders())
                .extracting(CognitoIdentityProvider::providerName)
                .containsExactlyElementsOf(names);
    }

    @Test
    void localUserPoolEmulatorsOnALoopbackHostWithAPortAreAccepted() {
        List<String> names = List.of("localhost:9229/local_abc", "127.0.0.1:9229/eu-west-1_abc", "127.0.0.1:1/a/b");
        String poolId = newPool(b -> b.cognitoIdentityProviders(names.stream()
                .map(name -> CognitoIdentityProvider.builder()
                        .providerName(name)
                        .clientId("client1")
                        .build())
                .toList()));

        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).cognitoIdentityProviders())
                .extracting(CognitoIdentityProvider::providerName)
                .containsExactlyElementsOf(names);
    }

    @Test
    void duplicateProviderAndClientPairIsRejected() {
        CognitoIdentityProvider same = CognitoIdentityProvider.builder()
                .providerName(USER_POOL)
                .clientId("dup")
                .build();
        assertThatThrownBy(() -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("dup"))
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(
                                same,
                                same.toBuilder().serverSideTokenCheck(true).build())))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void sameProviderWithOtherClientOrSameClientWithOtherProviderIsAllowed() {
        CreateIdentityPoolResponse created = cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("multi"))
                .allowUnauthenticatedIdentities(true)
                .cognitoIdentityProviders(
                        CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("one")
                                .build(),
                        CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("two")
                                .build(),
                        CognitoIdentityProvider.builder()
                                .providerName(USER_POOL + "x")
                                .clientId("one")
                                .build()));
        assertThat(created.cognitoIdentityProviders()).hasSize(3);
    }

    @Test
    void moreThanFiftyUserPoolProvidersExceedsTheLimit() {
        List<CognitoIdentityProvider> providers = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            providers.add(CognitoIdentityProvider.builder()
                    .providerName(USER_POOL)
                    .clientId("client" + i)
                    .build());
        }
        assertThatThrownBy(() -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("many"))
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(providers)))
                .isInstanceOf(LimitExceededException.class);
        assertThat(cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("fifty"))
                                .allowUnauthenticatedIdentities(true)
                                .cognitoIdentityProviders(providers.subList(0, 50)))
                        .cognitoIdentityProviders())
                .hasSize(50);
    }

    @Test
    void moreThanFiftyTagsIsAnInvalidParameter() {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("key" + i, "value" + i);
        }
        assertThatThrownBy(() -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("tags51"))
                        .allowUnauthenticatedIdentities(true)
                        .identityPoolTags(tags)))
                .isInstanceOf(InvalidParameterException.class);
        tags.remove("key50");
        assertThat(cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("tags50"))
                                .allowUnauthenticatedIdentities(true)
                                .identityPoolTags(tags))
                        .identityPoolTags())
                .hasSize(50);
    }

    @Test
    void tagKeysWithTheReservedAwsPrefixAreRejected() {
        assertThatThrownBy(() -> cognito.createIdentityPool(b -> b.identityPoolName(uniqueName("awstag"))
                        .allowUnauthenticatedIdentities(true)
                        .identityPoolTags(Map.of("aws:owner", "me"))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("aws:");
    }
}
