package dev.fakecognito.spring;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;

/**
 * The connection details of an in-process fake: its endpoint, region and the credentials it accepts.
 *
 * @param endpoint        the endpoint
 * @param region          the region
 * @param accessKeyId     the access key id clients sign with
 * @param secretAccessKey its secret
 */
record InProcessConnectionDetails(URI endpoint, String region, String accessKeyId, String secretAccessKey)
        implements CognitoIdentityConnectionDetails {

    static InProcessConnectionDetails of(FakeCognitoIdentity fake) {
        return new InProcessConnectionDetails(
                fake.endpoint(), fake.region(), fake.accessKeyId(), fake.secretAccessKey());
    }
}
