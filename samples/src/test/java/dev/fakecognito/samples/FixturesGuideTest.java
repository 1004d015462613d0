package dev.fakecognito.samples;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import dev.fakecognito.junit5.CognitoIdentityTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The fixture of docs/guides/fixtures.md, "A developer identity and a merge": seeded, then used as an app would. */
@CognitoIdentityTest(fixtures = "cognito/merged-accounts.yaml")
class FixturesGuideTest {
    static final String SHOP = "us-east-1:22222222-3333-4444-5555-666666666666";
    static final String DANA = "us-east-1:bbbbbbbb-0000-0000-0000-000000000001";
    static final String GUEST = "us-east-1:bbbbbbbb-0000-0000-0000-000000000002";

    @Test
    void seededMergeAndDeveloperUserAreWhatTheAppSees(CognitoIdentityClient client, FakeAdmin fake) {
        // snippet:start merged-accounts-test
        String byDeveloperUser = client.lookupDeveloperIdentity(
                        b -> b.identityPoolId(SHOP).developerUserIdentifier("dana"))
                .identityId();
        String byFacebook = client.getId(
                        b -> b.identityPoolId(SHOP).logins(Map.of("graph.facebook.com", "dana-facebook")))
                .identityId();

        assertThat(byDeveloperUser).isEqualTo(DANA).isEqualTo(byFacebook);
        assertThat(fake).hasMergeFrom(GUEST).into(DANA).viaOperation("GetCredentialsForIdentity");
        assertThat(fake).identity(GUEST).isDisabled().wasMergedInto(DANA);
        assertThat(fake)
                .identity(DANA)
                .isLinkedToDeveloperUser("dana")
                .hasLogins("graph.facebook.com", "login.shop.example");
        // snippet:end
    }
}
