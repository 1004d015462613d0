package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;

class ListIdentityPoolsTest extends PoolTestSupport {

    /** Creates {@code count} pools on a client; their ids to names, in creation order. */
    private static Map<String, String> createPools(CognitoIdentityClient client, int count) {
        Map<String, String> pools = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = uniqueName("list" + i);
            pools.put(
                    client.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(true))
                            .identityPoolId(),
                    name);
        }
        return pools;
    }

    /** Every pool, paging by hand with {@code pageSize}; asserts each page's size and token. */
    private static List<IdentityPoolShortDescription> pageAll(CognitoIdentityClient client, int pageSize) {
        List<IdentityPoolShortDescription> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            ListIdentityPoolsResponse page =
                    client.listIdentityPools(b -> b.maxResults(pageSize).nextToken(current));
            assertThat(page.identityPools()).hasSizeLessThanOrEqualTo(pageSize);
            if (page.nextToken() != null) {
                assertThat(page.identityPools()).hasSize(pageSize);
            }
            all.addAll(page.identityPools());
            token = page.nextToken();
            assertThat(++pages).as("pages").isLessThan(1000);
        } while (token != null);
        return all;
    }

    @Test
    void pagingReturnsEveryPoolExactlyOnceInCreationOrder() {
        try (FakeCognitoIdentity own = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = FakeServerTestBase.client(own)) {
            Map<String, String> created = createPools(client, 25);

            List<ListIdentityPoolsResponse> pages = new ArrayList<>();
            String token = null;
            do {
                String current = token;
                ListIdentityPoolsResponse page =
                        client.listIdentityPools(b -> b.maxResults(7).nextToken(current));
                pages.add(page);
                token = page.nextToken();
            } while (token != null);

            assertThat(pages).extracting(p -> p.identityPools().size()).containsExactly(7, 7, 7, 4);
            assertThat(pages.get(pages.size() - 1).nextToken()).isNull();
            pages.subList(0, 3)
                    .forEach(p -> assertThat(p.nextToken()).isNotBlank().doesNotContainAnyWhitespaces());

            List<IdentityPoolShortDescription> all =
                    pages.stream().flatMap(p -> p.identityPools().stream()).toList();
            assertThat(all)
                    .extracting(IdentityPoolShortDescription::identityPoolId)
                    .doesNotHaveDuplicates()
                    .containsExactlyElementsOf(created.keySet());
            assertThat(all.stream()
                            .collect(Collectors.toMap(
                                    IdentityPoolShortDescription::identityPoolId,
                                    IdentityPoolShortDescription::identityPoolName)))
                    .isEqualTo(created);
        }
    }

    @Test
    void exactMultipleOfThePageSizeEndsWithoutATokenOnTheLastFullPage() {
        try (FakeCognitoIdentity own = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = FakeServerTestBase.client(own)) {
            Map<String, String> created = createPools(client, 10);
            ListIdentityPoolsResponse first = client.listIdentityPools(b -> b.maxResults(5));
            assertThat(first.identityPools()).hasSize(5);
            assertThat(first.nextToken()).isNotNull();
            ListIdentityPoolsResponse second =
                    client.listIdentityPools(b -> b.maxResults(5).nextToken(first.nextToken()));
            assertThat(second.identityPools()).hasSize(5);
            assertThat(second.nextToken()).isNull();
            assertThat(pageAll(client, 60))
                    .extracting(IdentityPoolShortDescription::identityPoolId)
                    .containsExactlyElementsOf(created.keySet());
        }
    }

    @Test
    void emptyAccountListsAnEmptyArrayWithoutToken() throws Exception {
        try (FakeCognitoIdentity own = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = FakeServerTestBase.client(own)) {
            ListIdentityPoolsResponse page = client.listIdentityPools(b -> b.maxResults(10));
            assertThat(page.hasIdentityPools()).isTrue();
            assertThat(page.identityPools()).isEmpty();
            assertThat(page.nextToken()).isNull();

            var response = http.send(
                    java.net.http.HttpRequest.newBuilder(own.endpoint().resolve("/"))
                            .header("Content-Type", "application/x-amz-json-1.1")
                            .header("X-Amz-Target", "AWSCognitoIdentityService.ListIdentityPools")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"MaxResults\":10}"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("IdentityPools").isArray()).isTrue();
            assertThat(body.get("IdentityPools").size()).isZero();
            assertThat(body.has("NextToken")).isFalse();
        }
    }

    @Test
    void listedEntriesCarryOnlyIdAndName() throws Exception {
        String poolId = newPool(b ->
                b.supportedLoginProviders(Map.of("graph.facebook.com", "1")).identityPoolTags(Map.of("k", "v")));
        JsonNode body = rawOk("ListIdentityPools", "{\"MaxResults\":60}");
        JsonNode entry = null;
        for (JsonNode candidate : body.get("IdentityPools")) {
            if (candidate.get("IdentityPoolId").asText().equals(poolId)) {
                entry = candidate;
            }
        }
        assertThat(entry).as("pool listed").isNotNull();
        assertThat(entry.fieldNames()).toIterable().containsExactlyInAnyOrder("IdentityPoolId", "IdentityPoolName");
    }

    @Test
    void poolsDeletedOrCreatedBetweenPagesAreNeitherDuplicatedNorSkipped() {
        try (FakeCognitoIdentity own = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = FakeServerTestBase.client(own)) {
            List<String> ids = new ArrayList<>(createPools(client, 12).keySet());
            ListIdentityPoolsResponse first = client.listIdentityPools(b -> b.maxResults(5));
            assertThat(first.identityPools())
                    .extracting(IdentityPoolShortDescription::identityPoolId)
                    .containsExactlyElementsOf(ids.subList(0, 5));

            // the last pool of the page (the token's position) and one not yet listed go away
            client.deleteIdentityPool(b -> b.identityPoolId(ids.get(4)));
            client.deleteIdentityPool(b -> b.identityPoolId(ids.get(7)));
            String late = createPools(client, 1).keySet().iterator().next();

            List<String> rest = new ArrayList<>();
            String token = first.nextToken();
            while (token != null) {
                String current = token;
                ListIdentityPoolsResponse page =
                        client.listIdentityPools(b -> b.maxResults(5).nextToken(current));
                page.identityPools().forEach(p -> rest.add(p.identityPoolId()));
                token = page.nextToken();
            }
            List<String> expected = new ArrayList<>(ids.subList(5, 12));
            expected.remove(ids.get(7));
            expected.add(late);
            assertThat(rest).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void sdkPaginatorVisitsEveryPoolOnce() {
        try (FakeCognitoIdentity own = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = FakeServerTestBase.client(own)) {
            Map<String, String> created = createPools(client, 23);
            var paginator = client.listIdentityPoolsPaginator(b -> b.maxResults(4));
            assertThat(paginator.stream().count()).isEqualTo(6);
            assertThat(paginator.identityPools().stream()
                            .map(IdentityPoolShortDescription::identityPoolId)
                            .toList())
                    .containsExactlyElementsOf(created.keySet());
        }
    }

    @Test
    void maxResultsIsRequired() {
        assertError(
                () -> cognito.listIdentityPools(b -> {}),
                "ValidationException",
                "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void maxResultsZeroIsBelowTheRange() {
        assertError(
                () -> cognito.listIdentityPools(b -> b.maxResults(0)),
                "ValidationException",
                "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
    }

    @Test
    void maxResultsSixtyOneIsAboveTheRange() {
        assertError(
                () -> cognito.listIdentityPools(b -> b.maxResults(61)),
                "ValidationException",
                "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 60");
    }

    @Test
    void maxResultsOneAndSixtyAreAccepted() {
        newPool();
        newPool();
        assertThat(cognito.listIdentityPools(b -> b.maxResults(1)).identityPools())
                .hasSize(1);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void garbageNextTokenIsAnInvalidParameter() {
        newPool();
        assertThatThrownBy(() -> cognito.listIdentityPools(b -> b.maxResults(5).nextToken("garbage-token")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> cognito.listIdentityPools(b -> b.maxResults(5).nextToken("Zm9vfDEy")))
                .as("well-formed base64 of another listing's token")
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void nextTokenWithWhitespaceBreaksThePatternFirst() {
        assertErrorCode(
                () -> cognito.listIdentityPools(b -> b.maxResults(5).nextToken("has space")), "ValidationException");
    }

    @Test
    void tokenFromListIdentitiesIsNotAcceptedByListIdentityPools() {
        String poolId = newPool();
        for (int i = 0; i < 3; i++) {
            cognito.getId(b -> b.identityPoolId(poolId));
        }
        String identitiesToken = cognito.listIdentities(
                        b -> b.identityPoolId(poolId).maxResults(1))
                .nextToken();
        assertThat(identitiesToken).isNotNull();
        assertThatThrownBy(() -> cognito.listIdentityPools(b -> b.maxResults(5).nextToken(identitiesToken)))
                .isInstanceOf(InvalidParameterException.class);
    }
}
