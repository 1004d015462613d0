package dev.fakecognito.spring;

import dev.fakecognito.server.FakeCognitoIdentity;
import java.net.URI;

/** The connection details of an in-process fake: its endpoint and region, with the conventional {@code test} credentials. */
record InProcessConnectionDetails(URI endpoint, String region) implements CognitoIdentityConnectionDetails {

    static InProcessConnectionDetails of(FakeCognitoIdentity fake) {
        return new InProcessConnectionDetails(fake.endpoint(), fake.region());
    }

    @Override
    public String accessKeyId() {
        return "test";
    }

    @Override
    public String secretAccessKey() {
        return "test";
    }
}
