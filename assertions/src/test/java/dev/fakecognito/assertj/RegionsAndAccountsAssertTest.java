package dev.fakecognito.assertj;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static dev.fakecognito.assertj.Requests.describeIdentityPool;
import static dev.fakecognito.assertj.Requests.request;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@code inRegion(..)} and {@code inAccount(..)} narrow the assertions on pools and requests. */
class RegionsAndAccountsAssertTest {

    static CognitoIdentityClient client(FakeCognitoIdentity fake, String region, String accessKeyId) {
        return CognitoIdentityClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "x")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Test
    void poolsAndRequestsOfOneRegionAndAccount() {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient ireland = client(fake, "eu-west-1", "111122223333");
                CognitoIdentityClient virginia = client(fake, "us-east-1", "test")) {
            String irelandPool = ireland.createIdentityPool(
                            b -> b.identityPoolName("Ireland").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            virginia.createIdentityPool(b -> b.identityPoolName("Virginia").allowUnauthenticatedIdentities(true));
            ireland.describeIdentityPool(b -> b.identityPoolId(irelandPool));

            assertThat(fake).hasIdentityPoolCount(2);
            assertThat(fake).identityPool("Ireland").isInAccount("111122223333");
            // snippet:start region-assertions
            assertThat(fake).inRegion("eu-west-1").hasIdentityPoolCount(1);
            assertThat(fake).inAccount("111122223333").identityPool("Ireland").isInRegion("eu-west-1");
            assertThat(fake).identityPool("Virginia").isInRegion("us-east-1").isInAccount("123456789012");
            assertThat(fake)
                    .receivedRequests()
                    .contains(describeIdentityPool(irelandPool)
                            .inRegion("eu-west-1")
                            .inAccount("111122223333"))
                    .doesNotContain(request("CreateIdentityPool").inRegion("ap-south-1"));
            // snippet:end
            assertThat(fake).inRegion("us-east-1").receivedRequests().hasRequestCount("CreateIdentityPool", 1);

            assertThatThrownBy(() -> assertThat(fake).inRegion("eu-west-1").identityPool("Virginia"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("there is none");
            assertThatThrownBy(() -> assertThat(fake).inRegion("eu-west-1").hasIdentityPoolCount(2))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("identity pool(s) in eu-west-1 but it has 1");
            assertThatThrownBy(() -> assertThat(fake).identityPool("Ireland").isInRegion("us-east-1"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be in region us-east-1 but it is in eu-west-1");
            assertThatThrownBy(() -> assertThat(fake)
                            .receivedRequests()
                            .contains(describeIdentityPool(irelandPool).inRegion("us-east-1")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("in region us-east-1")
                    .hasMessageContaining("(signed with 111122223333 in eu-west-1, account 111122223333)");
        }
    }
}
