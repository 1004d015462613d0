package com.example.moduleuser;

import static dev.fakecognito.assertj.CognitoIdentityAssertions.assertThat;

import dev.fakecognito.junit5.CognitoIdentityTest;
import dev.fakecognito.server.FakeCognitoIdentity;
import org.junit.jupiter.api.Test;

/**
 * A fixture file among the module's resources, in a folder that is not a package name: on the module
 * path resources in package folders belong to the module and are hidden from others unless opened.
 */
@CognitoIdentityTest(region = "eu-west-1", fixtures = "cognito-fixtures/world.yaml")
class FixturesTest {

    @Test
    void aFixtureInAFolderThatIsNotAPackageNameIsSeeded(FakeCognitoIdentity fake) {
        assertThat(fake)
                .identityPool("ModuleApp")
                .allowsUnauthenticatedIdentities()
                .hasIdentityCount(1);
    }
}
