package dev.fakecognito.server.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.RequestLog;
import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

class RequestJournalTest extends FakeServerTestBase {

    @BeforeEach
    void resetFake() {
        fake.reset();
    }

    @Test
    void recordsEachCallWithItsOperationBodyAndOutcome() {
        String poolId = cognito.createIdentityPool(
                        b -> b.identityPoolName("journal").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        cognito.getId(b -> b.identityPoolId(poolId));
        assertThatThrownBy(() -> cognito.describeIdentityPool(
                        b -> b.identityPoolId("us-east-1:00000000-0000-0000-0000-000000000000")))
                .isInstanceOf(ResourceNotFoundException.class);

        List<RecordedRequest> requests = fake.requests().requests();
        assertThat(requests)
                .extracting(RecordedRequest::operation)
                .containsExactly("CreateIdentityPool", "GetId", "DescribeIdentityPool");
        assertThat(requests.get(1).requestBody()).contains(poolId);
        assertThat(requests.get(1).failed()).isFalse();
        assertThat(requests.get(1).statusCode()).isEqualTo(200);
        RecordedRequest failed = requests.get(2);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.statusCode()).isEqualTo(400);
        assertThat(failed.errorType()).isEqualTo("ResourceNotFoundException");
        assertThat(failed.errorMessage())
                .isEqualTo("IdentityPool 'us-east-1:00000000-0000-0000-0000-000000000000' not found.");
        assertThat(requests).extracting(RecordedRequest::sequence).isSorted();
    }

    @Test
    void recordsUnknownOperationsAndMalformedBodies() throws Exception {
        rawCall("NoSuchOperation", "{}");
        rawCall("GetId", "{not json");
        assertThat(fake.requests().requests())
                .extracting(RecordedRequest::operation, RecordedRequest::errorType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NoSuchOperation", "UnknownOperationException"),
                        org.assertj.core.groups.Tuple.tuple("GetId", "SerializationException"));
    }

    @Test
    void keepsTheMostRecentCallsAndCountsTheDroppedOnes() {
        try (FakeCognitoIdentity small =
                        FakeCognitoIdentity.builder().journalSize(3).start();
                CognitoIdentityClient client = client(small)) {
            for (int i = 0; i < 5; i++) {
                client.listIdentityPools(b -> b.maxResults(10));
            }
            RequestLog log = small.requests();
            assertThat(log.requests()).extracting(RecordedRequest::sequence).containsExactly(3L, 4L, 5L);
            assertThat(log.dropped()).isEqualTo(2);
        }
    }

    @Test
    void resetClearsTheJournal() {
        cognito.listIdentityPools(b -> b.maxResults(10));
        fake.reset();
        assertThat(fake.requests().requests()).isEmpty();
        assertThat(fake.requests().dropped()).isZero();
    }

    @Test
    void journalIsReadableOverHttp() throws Exception {
        cognito.listIdentityPools(b -> b.maxResults(10));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(url("/_fake/requests")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode log = new ObjectMapper().readTree(response.body());
        assertThat(log.path("requests")).hasSize(1);
        assertThat(log.path("requests").get(0).path("operation").asText()).isEqualTo("ListIdentityPools");
        assertThat(log.path("requests").get(0).path("requestBody").asText()).contains("\"MaxResults\":10");
        assertThat(log.path("dropped").asLong()).isZero();
    }
}
