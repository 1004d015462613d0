package dev.fakecognito.assertj;

import dev.fakecognito.model.RecordedRequest;
import dev.fakecognito.model.RequestLog;
import java.util.ArrayList;
import java.util.List;

/**
 * Assertions on the requests a fake received (its request journal, read when
 * {@link FakeAssert#receivedRequests()} was called). Failure messages list the requests received,
 * with their outcome. Describe requests with {@link Requests}.
 *
 * <p>The journal is bounded: when older requests were dropped, they are neither matched nor counted
 * (messages say how many were dropped).
 */
public class RequestsAssert extends AbstractCognitoAssert<RequestsAssert, RequestLog> {

    /**
     * Assertions on a request journal; prefer {@code assertThat(fake).receivedRequests()}.
     *
     * @param actual the journal
     */
    public RequestsAssert(RequestLog actual) {
        super(actual, RequestsAssert.class);
    }

    /**
     * Checks that, for each matcher, at least one request received matches it.
     *
     * @param matchers the requests expected, e.g. {@code Requests.getId(poolId)}
     * @return this
     */
    public RequestsAssert contains(RequestMatcher... matchers) {
        return check(() -> unmatched(matchers).isEmpty(), () -> {
            List<RequestMatcher> unmatched = unmatched(matchers);
            return "Expecting the fake to have received:\n"
                    + Describe.lines(
                            unmatched.stream().map(RequestMatcher::toString).toList(), "  ")
                    + "\nbut none of the " + actual.requests().size() + " requests received matches. Received:\n"
                    + Describe.requests(actual);
        });
    }

    /**
     * Checks that no request received matches any of these matchers.
     *
     * @param matchers the requests not expected
     * @return this
     */
    public RequestsAssert doesNotContain(RequestMatcher... matchers) {
        return check(
                () -> matching(matchers).isEmpty(),
                () -> "Expecting the fake not to have received any of:\n"
                        + Describe.lines(
                                List.of(matchers).stream()
                                        .map(RequestMatcher::toString)
                                        .toList(),
                                "  ")
                        + "\nbut it received:\n" + Describe.requests(matching(matchers), 0));
    }

    /**
     * Checks that no request failed with this error.
     *
     * @param errorType the error code, e.g. {@code NotAuthorizedException}
     * @return this
     */
    public RequestsAssert hasNoRequestsFailingWith(String errorType) {
        return check(
                () -> failing(errorType).isEmpty(),
                () -> "Expecting no request to have failed with " + errorType + " but "
                        + failing(errorType).size() + " did:\n" + Describe.requests(failing(errorType), 0));
    }

    /**
     * Checks that no request failed at all (injected failures count: see
     * {@link #hasNoFailuresExceptInjected()}).
     *
     * @return this
     */
    public RequestsAssert hasNoFailures() {
        return check(
                () -> failing(null).isEmpty(),
                () -> "Expecting no request to have failed but " + failing(null).size() + " did:\n"
                        + Describe.requests(failing(null), 0));
    }

    /**
     * Checks that no request failed but those an injected fault affected: the failures a test provoked
     * are expected, any other is not.
     *
     * @return this
     */
    public RequestsAssert hasNoFailuresExceptInjected() {
        return check(
                () -> failingUninjected().isEmpty(),
                () -> "Expecting no request to have failed except by an injected fault but "
                        + failingUninjected().size() + " did:\n" + Describe.requests(failingUninjected(), 0));
    }

    /**
     * Checks how many requests of one operation were received.
     *
     * @param operation the operation, e.g. {@code GetCredentialsForIdentity}
     * @param expected  the expected number
     * @return this
     */
    public RequestsAssert hasRequestCount(String operation, int expected) {
        return check(
                () -> actual.forOperation(operation).size() == expected,
                () -> "Expecting the fake to have received " + expected + " " + operation
                        + " request(s) but it received "
                        + actual.forOperation(operation).size()
                        + (actual.dropped() > 0
                                ? " (" + actual.dropped() + " older requests were dropped from the journal)"
                                : "")
                        + ". Received:\n" + Describe.requests(actual));
    }

    private List<RequestMatcher> unmatched(RequestMatcher... matchers) {
        List<RequestMatcher> unmatched = new ArrayList<>();
        for (RequestMatcher matcher : matchers) {
            if (actual.requests().stream().noneMatch(matcher)) {
                unmatched.add(matcher);
            }
        }
        return unmatched;
    }

    private List<RecordedRequest> matching(RequestMatcher... matchers) {
        return actual.requests().stream()
                .filter(request -> List.of(matchers).stream().anyMatch(matcher -> matcher.test(request)))
                .toList();
    }

    private List<RecordedRequest> failingUninjected() {
        return actual.requests().stream()
                .filter(RecordedRequest::failed)
                .filter(request -> !request.injected())
                .toList();
    }

    private List<RecordedRequest> failing(String errorType) {
        return actual.requests().stream()
                .filter(RecordedRequest::failed)
                .filter(request -> errorType == null || errorType.equals(request.errorType()))
                .toList();
    }
}
