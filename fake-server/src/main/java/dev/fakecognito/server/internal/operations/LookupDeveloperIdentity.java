package dev.fakecognito.server.internal.operations;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import dev.fakecognito.server.internal.state.Caller;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.wire.LookupDeveloperIdentityInput;
import dev.fakecognito.server.internal.wire.LookupDeveloperIdentityResponse;
import java.util.List;

/**
 * LookupDeveloperIdentity: the identity of a developer user, or the developer users of an identity
 * (paged). Both given must belong together, else ResourceConflictException; then the answer is the
 * request itself: the identity and that one developer user.
 */
final class LookupDeveloperIdentity extends Operation<LookupDeveloperIdentityInput, LookupDeveloperIdentityResponse> {
    @Override
    public boolean readOnly() {
        return true;
    }

    static final int DEFAULT_MAX_RESULTS = 60;

    LookupDeveloperIdentity(Collaborators collaborators) {
        super(collaborators);
    }

    @Override
    public LookupDeveloperIdentityResponse handle(Caller caller, LookupDeveloperIdentityInput input) {
        Pool pool = state.pool(caller, input.identityPoolId());
        String identityId = input.identityId();
        String developerUserId = input.developerUserIdentifier();
        if (identityId == null && developerUserId == null) {
            throw CognitoException.invalidParameter("Either IdentityId or DeveloperUserIdentifier must be specified.");
        }
        if (identityId != null && developerUserId != null) {
            IdentitySnapshot identity = pool.describe(identityId);
            if (!identity.developerUserIds().contains(developerUserId)) {
                throw CognitoException.conflict(
                        "Developer user '" + developerUserId + "' is not linked to identity '" + identityId + "'.");
            }
            return new LookupDeveloperIdentityResponse(identityId, List.of(developerUserId), null);
        }
        IdentitySnapshot identity;
        if (developerUserId != null) {
            identity = pool.ownerOfDeveloperUser(developerUserId);
            if (identity == null) {
                throw new CognitoException(
                        ErrorCode.RESOURCE_NOT_FOUND, "Developer user '" + developerUserId + "' not found.");
            }
        } else {
            identity = pool.describe(identityId);
        }
        List<String> all = identity.developerUserIds();
        String scope = "dev|" + identity.identityId();
        int from = (int) Math.min(PageTokens.decode(input.nextToken(), scope), all.size());
        int max = input.maxResults() == null ? DEFAULT_MAX_RESULTS : input.maxResults();
        int to = Math.min(all.size(), from + max);
        return new LookupDeveloperIdentityResponse(
                identity.identityId(), all.subList(from, to), to < all.size() ? PageTokens.encode(scope, to) : null);
    }
}
