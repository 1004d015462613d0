package dev.fakecognito.server.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.World;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * One fake serves every region and account (docs/reference/behaviour/wire-protocol.md#region-and-account):
 * SDK clients of two regions and two accounts each see only their own pools, ids and ARNs carry the
 * pool's region and account, and the unsigned calls find pools of every region by id.
 */
class RegionsAndAccountsTest {
    static final String DEFAULT_ACCOUNT = "123456789012";
    static final String OTHER_ACCOUNT = "111122223333";

    FakeCognitoIdentity fake;
    final List<CognitoIdentityClient> clients = new java.util.ArrayList<>();

    @BeforeEach
    void start() {
        fake = FakeCognitoIdentity.builder().start();
    }

    @AfterEach
    void stop() {
        clients.forEach(CognitoIdentityClient::close);
        fake.close();
    }

    /** A client of a region, signing with an access key (a 12-digit one names its account). */
    CognitoIdentityClient client(String region, String accessKeyId) {
        return client(
                fake, region, StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret")));
    }

    CognitoIdentityClient client(FakeCognitoIdentity target, String region, AwsCredentialsProvider credentials) {
        CognitoIdentityClient client = CognitoIdentityClient.builder()
                .endpointOverride(target.endpoint())
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                .build();
        clients.add(client);
        return client;
    }

    static String createPool(CognitoIdentityClient client, String name) {
        return client.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(true))
                .identityPoolId();
    }

    static List<String> poolIds(CognitoIdentityClient client) {
        return client.listIdentityPools(b -> b.maxResults(60)).identityPools().stream()
                .map(IdentityPoolShortDescription::identityPoolId)
                .toList();
    }

    @Test
    void clientsOfTwoRegionsAndTwoAccountsSeeOnlyTheirOwnPools() {
        CognitoIdentityClient virginia = client("us-east-1", "AKIAANYKEY");
        CognitoIdentityClient ireland = client("eu-west-1", "AKIAANYKEY");
        CognitoIdentityClient otherVirginia = client("us-east-1", OTHER_ACCOUNT);
        CognitoIdentityClient otherIreland = client("eu-west-1", OTHER_ACCOUNT);

        String virginiaPool = createPool(virginia, "Virginia");
        String irelandPool = createPool(ireland, "Ireland");
        String otherVirginiaPool = createPool(otherVirginia, "OtherVirginia");
        String otherIrelandPool = createPool(otherIreland, "OtherIreland");

        assertThat(virginiaPool).startsWith("us-east-1:");
        assertThat(irelandPool).startsWith("eu-west-1:");
        assertThat(otherVirginiaPool).startsWith("us-east-1:");
        assertThat(otherIrelandPool).startsWith("eu-west-1:");
        assertThat(poolIds(virginia)).containsExactly(virginiaPool);
        assertThat(poolIds(ireland)).containsExactly(irelandPool);
        assertThat(poolIds(otherVirginia)).containsExactly(otherVirginiaPool);
        assertThat(poolIds(otherIreland)).containsExactly(otherIrelandPool);

        // another region's or account's pool is not found, as from a real regional endpoint
        for (CognitoIdentityClient stranger : List.of(ireland, otherVirginia, otherIreland)) {
            assertThatThrownBy(() -> stranger.describeIdentityPool(b -> b.identityPoolId(virginiaPool)))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageStartingWith("IdentityPool '" + virginiaPool + "' not found.");
            assertThatThrownBy(() -> stranger.deleteIdentityPool(b -> b.identityPoolId(virginiaPool)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
        assertThat(ireland.describeIdentityPool(b -> b.identityPoolId(irelandPool))
                        .identityPoolName())
                .isEqualTo("Ireland");

        // ARNs carry the pool's region and account
        String irelandArn = "arn:aws:cognito-identity:eu-west-1:" + DEFAULT_ACCOUNT + ":identitypool/" + irelandPool;
        String otherIrelandArn =
                "arn:aws:cognito-identity:eu-west-1:" + OTHER_ACCOUNT + ":identitypool/" + otherIrelandPool;
        ireland.tagResource(b -> b.resourceArn(irelandArn).tags(Map.of("team", "ie")));
        otherIreland.tagResource(b -> b.resourceArn(otherIrelandArn).tags(Map.of("team", "other")));
        assertThat(ireland.listTagsForResource(b -> b.resourceArn(irelandArn)).tags())
                .containsExactly(Map.entry("team", "ie"));
        assertThat(otherIreland
                        .listTagsForResource(b -> b.resourceArn(otherIrelandArn))
                        .tags())
                .containsExactly(Map.entry("team", "other"));
        assertThatThrownBy(() -> otherIreland.listTagsForResource(b -> b.resourceArn(irelandArn)))
                .isInstanceOf(ResourceNotFoundException.class);

        World snapshot = fake.snapshot();
        assertThat(snapshot.pool("OtherIreland").region()).isEqualTo("eu-west-1");
        assertThat(snapshot.pool("OtherIreland").accountId()).isEqualTo(OTHER_ACCOUNT);
        assertThat(fake.snapshot("eu-west-1", null).identityPools())
                .extracting(World.IdentityPool::name)
                .containsExactly("Ireland", "OtherIreland");
        assertThat(fake.snapshot(null, OTHER_ACCOUNT).identityPools())
                .extracting(World.IdentityPool::name)
                .containsExactly("OtherVirginia", "OtherIreland");
        assertThat(fake.snapshot("us-east-1", DEFAULT_ACCOUNT).identityPools())
                .extracting(World.IdentityPool::name)
                .containsExactly("Virginia");
    }

    @Test
    void aClientPicksItsRegionAndItsAccount() {
        // snippet:start pick-region-and-account
        CognitoIdentityClient ireland = CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.EU_WEST_1) // the region of every call of this client
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("111122223333", "any-secret"))) // 12 digits: the account
                .build();
        String poolId = ireland.createIdentityPool(
                        b -> b.identityPoolName("Ireland").allowUnauthenticatedIdentities(true))
                .identityPoolId(); // "eu-west-1:…", in account 111122223333
        // snippet:end
        clients.add(ireland);

        assertThat(poolId).startsWith("eu-west-1:");
        assertThat(fake.snapshot().pool(poolId).accountId()).isEqualTo("111122223333");
        assertThat(poolIds(client("eu-west-1", "AKIAANYKEY"))).isEmpty();
        assertThat(poolIds(ireland)).containsExactly(poolId);
    }

    @Test
    void unsignedGetIdAndGetCredentialsForIdentityWorkForEveryRegion() {
        // an anonymous client of one region: the unsigned calls find the pool by its id
        CognitoIdentityClient anonymous = client(fake, "us-east-1", AnonymousCredentialsProvider.create());
        for (String region : List.of("us-east-1", "eu-west-1", "ap-southeast-2", "cn-north-1")) {
            String account = region.equals("eu-west-1") ? OTHER_ACCOUNT : DEFAULT_ACCOUNT;
            CognitoIdentityClient owner = client(region, account.equals(OTHER_ACCOUNT) ? OTHER_ACCOUNT : "AKIAANYKEY");
            String poolId = createPool(owner, "Guests_" + region);
            String partition = region.startsWith("cn-") ? "aws-cn" : "aws";
            owner.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                    .roles(Map.of("unauthenticated", "arn:" + partition + ":iam::" + account + ":role/Guest")));

            String identityId = anonymous.getId(b -> b.identityPoolId(poolId)).identityId();

            assertThat(identityId).startsWith(region + ":");
            assertThat(anonymous
                            .getCredentialsForIdentity(b -> b.identityId(identityId))
                            .credentials()
                            .accessKeyId())
                    .isNotBlank();
            assertThat(anonymous.getOpenIdToken(b -> b.identityId(identityId)).token())
                    .isNotBlank();
        }
    }

    @Test
    void signedCallsOnIdentitiesSeeOnlyTheirRegionAndAccount() {
        CognitoIdentityClient ireland = client("eu-west-1", "AKIAANYKEY");
        CognitoIdentityClient otherIreland = client("eu-west-1", OTHER_ACCOUNT);
        String poolId = createPool(ireland, "Ireland");
        String identityId = ireland.getId(b -> b.identityPoolId(poolId)).identityId();

        assertThat(ireland.describeIdentity(b -> b.identityId(identityId)).identityId())
                .isEqualTo(identityId);
        assertThatThrownBy(() -> otherIreland.describeIdentity(b -> b.identityId(identityId)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Identity '" + identityId + "' not found.");
        assertThatThrownBy(() -> otherIreland.listIdentities(
                        b -> b.identityPoolId(poolId).maxResults(10)))
                .isInstanceOf(ResourceNotFoundException.class);
        otherIreland.deleteIdentities(b -> b.identityIdsToDelete(identityId));

        assertThat(ireland.listIdentities(b -> b.identityPoolId(poolId).maxResults(10))
                        .identities())
                .hasSize(1);
    }

    /** An unsigned raw call with a Host header of its own, as a client behind a proxy or a hosts entry sends it. */
    String rawCallWithHost(String host, String operation, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                                    + "Content-Type: application/x-amz-json-1.1\r\n"
                                    + "X-Amz-Target: AWSCognitoIdentityService." + operation + "\r\n"
                                    + "Content-Length: " + bytes.length + "\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnsignedCallToARegionalHostIsInThatRegion() throws Exception {
        String answer = rawCallWithHost(
                "cognito-identity.ap-northeast-2.amazonaws.com",
                "CreateIdentityPool",
                "{\"IdentityPoolName\":\"Seoul\",\"AllowUnauthenticatedIdentities\":true}");

        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"IdentityPoolId\":\"ap-northeast-2:");
        assertThat(fake.snapshot().pool("Seoul").region()).isEqualTo("ap-northeast-2");
        assertThat(fake.requests().requests().get(0).region()).isEqualTo("ap-northeast-2");
    }

    @Test
    void theJournalRecordsEachCallsRegionAndAccount() {
        String poolId = createPool(client("eu-west-1", OTHER_ACCOUNT), "Ireland");
        client(fake, "us-east-1", AnonymousCredentialsProvider.create()).getId(b -> b.identityPoolId(poolId));
        assertThatThrownBy(() -> client("ap-south-1", "AKIAANYKEY").describeIdentityPool(b -> b.identityPoolId(poolId)))
                .isInstanceOf(ResourceNotFoundException.class);

        List<RecordedRequest> calls = fake.requests().requests();
        assertThat(calls)
                .extracting(RecordedRequest::operation, RecordedRequest::region, RecordedRequest::accountId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CreateIdentityPool", "eu-west-1", OTHER_ACCOUNT),
                        // unsigned: the region of the pool id it names
                        org.assertj.core.groups.Tuple.tuple("GetId", "eu-west-1", DEFAULT_ACCOUNT),
                        org.assertj.core.groups.Tuple.tuple("DescribeIdentityPool", "ap-south-1", DEFAULT_ACCOUNT));
        assertThat(fake.requests().inRegion("eu-west-1")).hasSize(2);
        assertThat(fake.requests().inAccount(OTHER_ACCOUNT)).hasSize(1);
    }

    @Test
    void fixturesHoldPoolsOfSeveralRegionsAndAccounts() {
        World seeded = fake.seed("""
                identityPools:
                  - name: Default
                  - name: ById
                    id: eu-west-1:11111111-2222-3333-4444-555555555555
                  - name: Tokyo
                    region: ap-northeast-1
                    accountId: "111122223333"
                    identities:
                      - logins: { graph.facebook.com: alice }
                    supportedLoginProviders: { graph.facebook.com: "1" }
                """);

        assertThat(seeded.identityPools())
                .extracting(World.IdentityPool::name, World.IdentityPool::region, World.IdentityPool::accountId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Default", "us-east-1", DEFAULT_ACCOUNT),
                        org.assertj.core.groups.Tuple.tuple("ById", "eu-west-1", DEFAULT_ACCOUNT),
                        org.assertj.core.groups.Tuple.tuple("Tokyo", "ap-northeast-1", OTHER_ACCOUNT));
        World.IdentityPool tokyo = seeded.pool("Tokyo");
        assertThat(tokyo.id()).startsWith("ap-northeast-1:");
        assertThat(tokyo.identities().get(0).id()).startsWith("ap-northeast-1:");
        assertThat(poolIds(client("ap-northeast-1", OTHER_ACCOUNT))).containsExactly(tokyo.id());
        assertThat(poolIds(client("ap-northeast-1", "AKIAANYKEY"))).isEmpty();
        assertThat(poolIds(client("eu-west-1", "AKIAANYKEY")))
                .containsExactly(seeded.pool("ById").id());

        // the snapshot names every pool's region and account, and seeds the same world into another fake
        try (FakeCognitoIdentity copy =
                FakeCognitoIdentity.builder().region("eu-central-1").start()) {
            copy.seed(fake.snapshot());
            assertThat(copy.snapshot()).isEqualTo(fake.snapshot());
        }
    }

    @Test
    void aFixturePoolWhoseIdIsOfAnotherRegionOrWhoseAccountIsNotTwelveDigitsIsRefused() {
        assertThatThrownBy(() -> fake.seed("""
                        identityPools:
                          - name: Mismatch
                            region: eu-west-1
                            id: us-east-1:11111111-2222-3333-4444-555555555555
                        """))
                .isInstanceOf(FixtureException.class)
                .hasMessageContaining("identityPools[0].id")
                .hasMessageContaining("is not in the pool's region eu-west-1");
        assertThatThrownBy(() -> fake.seed("""
                        identityPools:
                          - name: BadRegion
                            region: EU-WEST-1
                        """))
                .isInstanceOf(FixtureException.class)
                .hasMessageContaining("identityPools[0].region");
        assertThatThrownBy(() -> fake.seed("""
                        identityPools:
                          - name: BadAccount
                            accountId: "12345"
                        """))
                .isInstanceOf(FixtureException.class)
                .hasMessageContaining("identityPools[0].accountId")
                .hasMessageContaining("12 digits");
        assertThat(fake.snapshot().identityPools()).isEmpty();
    }

    @Test
    void withRequiredSignaturesTheScopeSelectsTheRegionAndACredentialNamesItsAccount() {
        try (FakeCognitoIdentity signing = FakeCognitoIdentity.builder()
                .requireSignatures(true)
                .credentials("AKIADEFAULT", "default/secret")
                .credentials("AKIAPARTNER", "partner/secret", OTHER_ACCOUNT)
                .start()) {
            CognitoIdentityClient ireland = client(
                    signing,
                    "eu-west-1",
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIADEFAULT", "default/secret")));
            CognitoIdentityClient partner = client(
                    signing,
                    "eu-west-1",
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAPARTNER", "partner/secret")));

            String poolId = createPool(ireland, "Ireland");
            String partnerPool = createPool(partner, "Partner");

            assertThat(poolId).startsWith("eu-west-1:");
            assertThat(poolIds(ireland)).containsExactly(poolId);
            assertThat(poolIds(partner)).containsExactly(partnerPool);
            assertThat(signing.snapshot().pool("Partner").accountId()).isEqualTo(OTHER_ACCOUNT);
            assertThat(signing.snapshot().pool("Ireland").accountId()).isEqualTo(DEFAULT_ACCOUNT);
        }
    }
}
