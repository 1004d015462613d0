package dev.fakecognito.assertj;

/**
 * Where {@link RequestMatcher}s start, for {@link RequestsAssert#contains(RequestMatcher...)} and
 * friends:
 *
 * <pre>{@code
 * import static dev.fakecognito.assertj.Requests.getCredentialsForIdentity;
 *
 * assertThat(fake).receivedRequests().contains(getCredentialsForIdentity(identityId).succeeded());
 * }</pre>
 */
public final class Requests {

    private Requests() {}

    /**
     * Requests of one operation.
     *
     * @param operation the operation name as in {@code X-Amz-Target}, e.g. {@code GetId}
     * @return the matcher
     */
    public static RequestMatcher request(String operation) {
        return RequestMatcher.forOperation(java.util.Objects.requireNonNull(operation, "operation"));
    }

    /**
     * Any request, of any operation.
     *
     * @return the matcher
     */
    public static RequestMatcher anyRequest() {
        return RequestMatcher.forOperation(null);
    }

    /**
     * DescribeIdentityPool of this pool.
     *
     * @param identityPoolId the pool id
     * @return the matcher
     */
    public static RequestMatcher describeIdentityPool(String identityPoolId) {
        return request("DescribeIdentityPool").withMember("IdentityPoolId", identityPoolId);
    }

    /**
     * GetId for this pool.
     *
     * @param identityPoolId the pool id
     * @return the matcher
     */
    public static RequestMatcher getId(String identityPoolId) {
        return request("GetId").withMember("IdentityPoolId", identityPoolId);
    }

    /**
     * GetCredentialsForIdentity for this identity.
     *
     * @param identityId the identity id
     * @return the matcher
     */
    public static RequestMatcher getCredentialsForIdentity(String identityId) {
        return request("GetCredentialsForIdentity").withMember("IdentityId", identityId);
    }

    /**
     * GetOpenIdToken for this identity.
     *
     * @param identityId the identity id
     * @return the matcher
     */
    public static RequestMatcher getOpenIdToken(String identityId) {
        return request("GetOpenIdToken").withMember("IdentityId", identityId);
    }

    /**
     * GetOpenIdTokenForDeveloperIdentity for this pool.
     *
     * @param identityPoolId the pool id
     * @return the matcher
     */
    public static RequestMatcher getOpenIdTokenForDeveloperIdentity(String identityPoolId) {
        return request("GetOpenIdTokenForDeveloperIdentity").withMember("IdentityPoolId", identityPoolId);
    }

    /**
     * DescribeIdentity of this identity.
     *
     * @param identityId the identity id
     * @return the matcher
     */
    public static RequestMatcher describeIdentity(String identityId) {
        return request("DescribeIdentity").withMember("IdentityId", identityId);
    }
}
