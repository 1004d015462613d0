package dev.fakecognito.assertj;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.RecordedRequest;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A description of a request the fake may have received, for {@link RequestsAssert}. Immutable:
 * each {@code with…} method returns a narrower matcher. Start from {@link Requests}:
 *
 * <pre>{@code
 * Requests.getCredentialsForIdentity(identityId).succeeded()
 * Requests.request("GetId").withBodyContaining("graph.facebook.com").failedWith("NotAuthorizedException")
 * Requests.describeIdentityPool(poolId).signedWith("AKIAIOSFODNN7EXAMPLE")
 * Requests.request("GetId").injected().failedWith("TooManyRequestsException")
 * }</pre>
 */
public final class RequestMatcher implements Predicate<RecordedRequest> {
    private final String description;
    private final Predicate<RecordedRequest> test;

    private RequestMatcher(String description, Predicate<RecordedRequest> test) {
        this.description = description;
        this.test = test;
    }

    static RequestMatcher forOperation(String operation) {
        return operation == null
                ? new RequestMatcher("any request", request -> true)
                : new RequestMatcher(operation, request -> operation.equals(request.operation()));
    }

    private RequestMatcher and(String what, Predicate<RecordedRequest> more) {
        return new RequestMatcher(description + " " + what, test.and(more));
    }

    /**
     * Also requires the raw request body to contain this text.
     *
     * @param text the text
     * @return the narrower matcher
     */
    public RequestMatcher withBodyContaining(String text) {
        Objects.requireNonNull(text, "text");
        return and(
                "with a body containing \"" + text + "\"",
                request ->
                        request.requestBody() != null && request.requestBody().contains(text));
    }

    /**
     * Also requires a top-level member of the JSON body to have this value (compared as text, so
     * {@code true} matches {@code "true"} and {@code 60} matches {@code "60"}).
     *
     * @param member the member name as on the wire, e.g. {@code IdentityId}
     * @param value  the value
     * @return the narrower matcher
     */
    public RequestMatcher withMember(String member, Object value) {
        Objects.requireNonNull(member, "member");
        return and("with " + member + "=" + value, request -> {
            Map<String, Object> body = request.members();
            return body.containsKey(member) && String.valueOf(body.get(member)).equals(String.valueOf(value));
        });
    }

    /**
     * Also requires the fake to have answered with this error.
     *
     * @param errorType the error code, e.g. {@code NotAuthorizedException}
     * @return the narrower matcher
     */
    public RequestMatcher failedWith(String errorType) {
        Objects.requireNonNull(errorType, "errorType");
        return and("failing with " + errorType, request -> errorType.equals(request.errorType()));
    }

    /**
     * Also requires the request to have been signed (AWS Signature Version 4) with this access key id. The
     * fake records the access key of every signed request; it verifies the signature only when it requires
     * signatures and knows the key's secret.
     *
     * @param accessKeyId the access key id, e.g. {@code AKIAIOSFODNN7EXAMPLE}
     * @return the narrower matcher
     */
    public RequestMatcher signedWith(String accessKeyId) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        return and(
                "signed with access key " + accessKeyId,
                request -> request.signed() && accessKeyId.equals(request.accessKeyId()));
    }

    /**
     * Also requires the call to have been made in this region: the region of its signature's credential
     * scope, else of its host, else of the pool or identity id it names, else the fake's default region.
     *
     * @param region the region, e.g. {@code eu-west-1}
     * @return the narrower matcher
     */
    public RequestMatcher inRegion(String region) {
        Objects.requireNonNull(region, "region");
        return and("in region " + region, request -> region.equals(request.region()));
    }

    /**
     * Also requires the call to have been made from this account: its access key's account (a 12-digit
     * access key id, or the account a configured credential names), else the fake's default account.
     *
     * @param accountId the 12-digit account id
     * @return the narrower matcher
     */
    public RequestMatcher inAccount(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return and("from account " + accountId, request -> accountId.equals(request.accountId()));
    }

    /**
     * Also requires the request to have been signed (AWS Signature Version 4), with any access key.
     *
     * @return the narrower matcher
     */
    public RequestMatcher signed() {
        return and("signed", RecordedRequest::signed);
    }

    /**
     * Also requires the request to have come without a signature, as the SDKs send {@code GetId},
     * {@code GetCredentialsForIdentity}, {@code GetOpenIdToken} and {@code UnlinkIdentity}.
     *
     * @return the narrower matcher
     */
    public RequestMatcher unsigned() {
        return and("unsigned", request -> !request.signed());
    }

    /**
     * Also requires the fake to have answered successfully.
     *
     * @return the narrower matcher
     */
    public RequestMatcher succeeded() {
        return and("succeeding", request -> !request.failed());
    }

    /**
     * Also requires the request to have failed: answered with an error, or not answered at all (an
     * injected connection reset).
     *
     * @return the narrower matcher
     */
    public RequestMatcher failed() {
        return and("failing", RecordedRequest::failed);
    }

    /**
     * Also requires an injected fault to have affected the request (its error, delay, connection reset
     * or unprocessed identities): to tell the failures a test provoked from real ones.
     *
     * @return the narrower matcher
     */
    public RequestMatcher injected() {
        return and("affected by an injected fault", RecordedRequest::injected);
    }

    /**
     * Also requires this injected fault to have affected the request.
     *
     * @param fault the fault's handle, from {@code FakeAdmin.inject}
     * @return the narrower matcher
     */
    public RequestMatcher injectedBy(FaultHandle fault) {
        String id = Objects.requireNonNull(fault, "fault").id();
        return and("affected by " + id, request -> id.equals(request.faultId()));
    }

    /**
     * Also requires no injected fault to have affected the request.
     *
     * @return the narrower matcher
     */
    public RequestMatcher notInjected() {
        return and("not affected by an injected fault", request -> !request.injected());
    }

    /**
     * Whether the request is one this matcher describes.
     *
     * @param request a request of the journal
     * @return true when it matches
     */
    @Override
    public boolean test(RecordedRequest request) {
        return test.test(request);
    }

    /** What the matcher requires, e.g. {@code GetId with IdentityPoolId=us-east-1:… succeeding}. */
    @Override
    public String toString() {
        return description;
    }
}
