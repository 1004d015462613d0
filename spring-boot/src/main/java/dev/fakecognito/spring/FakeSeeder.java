package dev.fakecognito.spring;

import dev.fakecognito.fixtures.FixtureException;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.util.List;

/** A context's fake with the fixtures it starts from: what the test listener resets it to. */
record FakeSeeder(FakeCognitoIdentity fake, List<Fixtures> fixtures) {

    /** Seeds the fixtures, in order; a fixture the fake refuses names the test class. */
    void seed(String owner) {
        for (Fixtures document : fixtures) {
            try {
                fake.seed(document);
            } catch (FixtureException e) {
                throw new IllegalStateException(
                        "Cannot seed fixture '" + document.source() + "' of " + owner + ": " + e.getMessage(), e);
            }
        }
    }

    /** Drops all state and seeds the fixtures again. */
    void reseed(String owner) {
        fake.reset();
        seed(owner);
    }
}
