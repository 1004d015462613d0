package dev.fakecognito.assertj;

import dev.fakecognito.model.World;
import java.util.Objects;

/**
 * Assertions on a merge of one identity into another. Reached through
 * {@link FakeAssert#hasMergeFrom(String)}:
 *
 * <pre>{@code
 * assertThat(fake).hasMergeFrom(sourceId).into(destinationId).viaOperation("GetId");
 * }</pre>
 */
public class MergeAssert extends AbstractCognitoAssert<MergeAssert, World.Merge> {
    private World.IdentityPool pool;

    /**
     * Assertions on a merge of a snapshot; prefer {@code assertThat(fake).hasMergeFrom(sourceId)}.
     *
     * @param actual the merge
     */
    public MergeAssert(World.Merge actual) {
        super(actual, MergeAssert.class);
    }

    MergeAssert in(World.IdentityPool pool) {
        this.pool = pool;
        return myself;
    }

    /**
     * Checks that the identity was merged into this one.
     *
     * @param destinationIdentityId the surviving identity
     * @return this
     */
    public MergeAssert into(String destinationIdentityId) {
        return check(
                () -> Objects.equals(actual.destination(), destinationIdentityId),
                () -> "Expecting identity " + actual.source() + " to have been merged into " + destinationIdentityId
                        + " but it was merged into " + actual.destination()
                        + (pool == null
                                ? ""
                                : "\nidentities of " + Describe.pool(pool) + ":\n" + Describe.identities(pool, "  ")));
    }

    /**
     * Checks the API call that caused the merge.
     *
     * @param operation {@code GetId}, {@code MergeDeveloperIdentities}, …
     * @return this
     */
    public MergeAssert viaOperation(String operation) {
        return check(
                () -> Objects.equals(actual.operation(), operation),
                () -> "Expecting the merge " + Describe.merge(actual) + " to have been made by " + operation
                        + " but it was made by " + actual.operation());
    }
}
