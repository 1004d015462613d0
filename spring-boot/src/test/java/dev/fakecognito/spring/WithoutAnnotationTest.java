package dev.fakecognito.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.admin.FakeAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** On the test classpath but not asked for, the module adds nothing to a context. */
@SpringBootTest
class WithoutAnnotationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void noFakeNoClientsNoProperties() {
        assertThat(context.getBeanNamesForType(FakeAdmin.class)).isEmpty();
        assertThat(context.getBeanNamesForType(CognitoIdentityConnectionDetails.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(CognitoIdentityClient.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty(AutoConfigureFakeCognitoIdentity.ENDPOINT_PROPERTY))
                .isNull();
    }
}
