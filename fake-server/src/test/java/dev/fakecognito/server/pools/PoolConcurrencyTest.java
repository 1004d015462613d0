package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;

/**
 * Many clients at once: pools created and tagged from 16 threads, and one shared pool tagged by all of
 * them with distinct keys. Nothing may be lost or duplicated. This class has its own fake, so every
 * pool it lists is one it created.
 */
class PoolConcurrencyTest extends PoolTestSupport {
    private static final int THREADS = 16;
    private static final int POOLS_PER_THREAD = 12; // 192 pools in all
    private static final int SHARED_TAGS_PER_THREAD = 3; // 48 tags on the shared pool (limit 50)

    @Test
    void concurrentCreatesAndTagsLoseNothingAndPagingListsEveryPoolOnce() throws Exception {
        String shared = newPool();
        Map<String, Map<String, String>> expectedTags = new ConcurrentHashMap<>();
        Map<String, String> expectedNames = new ConcurrentHashMap<>();
        onAllThreadsAtOnce(thread -> {
            for (int n = 0; n < POOLS_PER_THREAD; n++) {
                int i = n;
                String name = "conc_" + thread + "_" + i;
                Map<String, String> createTags = Map.of("thread", String.valueOf(thread));
                String poolId = cognito.createIdentityPool(b -> b.identityPoolName(name)
                                .allowUnauthenticatedIdentities(true)
                                .identityPoolTags(createTags))
                        .identityPoolId();
                expectedNames.put(poolId, name);
                cognito.tagResource(b -> b.resourceArn(arn(poolId)).tags(Map.of("index", String.valueOf(i))));
                expectedTags.put(poolId, Map.of("thread", String.valueOf(thread), "index", String.valueOf(i)));
                if (i < SHARED_TAGS_PER_THREAD) {
                    cognito.tagResource(b -> b.resourceArn(arn(shared)).tags(Map.of("t" + thread + "_" + i, name)));
                }
            }
        });

        assertThat(expectedNames).hasSize(THREADS * POOLS_PER_THREAD);

        // every pool listed exactly once, with its name
        List<IdentityPoolShortDescription> listed = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            ListIdentityPoolsResponse page =
                    cognito.listIdentityPools(b -> b.maxResults(13).nextToken(current));
            listed.addAll(page.identityPools());
            token = page.nextToken();
        } while (token != null);
        assertThat(listed)
                .extracting(IdentityPoolShortDescription::identityPoolId)
                .doesNotHaveDuplicates();
        Map<String, String> listedNames = new HashMap<>();
        listed.forEach(p -> listedNames.put(p.identityPoolId(), p.identityPoolName()));
        Map<String, String> expectedListing = new HashMap<>(expectedNames);
        expectedListing.put(
                shared,
                cognito.describeIdentityPool(b -> b.identityPoolId(shared)).identityPoolName());
        assertThat(listedNames).isEqualTo(expectedListing);

        // every tag present, on its own pool and nowhere else
        expectedTags.forEach((poolId, tags) -> {
            assertThat(cognito.listTagsForResource(b -> b.resourceArn(arn(poolId)))
                            .tags())
                    .as(poolId)
                    .isEqualTo(tags);
            assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId))
                            .identityPoolTags())
                    .as(poolId)
                    .isEqualTo(tags);
        });
        Map<String, String> sharedTags =
                cognito.listTagsForResource(b -> b.resourceArn(arn(shared))).tags();
        assertThat(sharedTags).hasSize(THREADS * SHARED_TAGS_PER_THREAD);
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < SHARED_TAGS_PER_THREAD; i++) {
                assertThat(sharedTags).containsEntry("t" + t + "_" + i, "conc_" + t + "_" + i);
            }
        }
    }

    @Test
    void concurrentTagsBeyondTheLimitNeverLeaveMoreThanFifty() throws Exception {
        String poolId = newPool();
        Map<String, Boolean> accepted = new ConcurrentHashMap<>();
        onAllThreadsAtOnce(thread -> {
            for (int i = 0; i < 5; i++) { // 80 attempts, 50 fit
                String key = "k" + thread + "_" + i;
                try {
                    cognito.tagResource(b -> b.resourceArn(arn(poolId)).tags(Map.of(key, "v")));
                    accepted.put(key, true);
                } catch (software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException e) {
                    // over the limit
                }
            }
        });
        Map<String, String> tags =
                cognito.listTagsForResource(b -> b.resourceArn(arn(poolId))).tags();
        assertThat(accepted).hasSize(50);
        assertThat(tags.keySet()).isEqualTo(accepted.keySet());
    }

    @Test
    void updateAnswersTheConfigurationItPutInForceWhileOthersTagAndUpdateThePool() throws Exception {
        String poolId = newPool();
        List<String> wrongAnswers = Collections.synchronizedList(new ArrayList<>());
        onAllThreadsAtOnce(thread -> {
            for (int i = 0; i < 10; i++) {
                if (thread % 2 == 0) {
                    String name = "upd_" + thread + "_" + i;
                    Map<String, String> tags = Map.of("writer", name);
                    var answer = cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                            .identityPoolName(name)
                            .allowUnauthenticatedIdentities(thread % 4 == 0)
                            .identityPoolTags(tags));
                    if (!answer.identityPoolName().equals(name)
                            || answer.allowUnauthenticatedIdentities() != (thread % 4 == 0)
                            || !answer.identityPoolTags().equals(tags)) {
                        wrongAnswers.add(name + " answered " + answer);
                    }
                } else {
                    String key = "tagger" + thread;
                    cognito.tagResource(b -> b.resourceArn(arn(poolId)).tags(Map.of(key, "v")));
                }
            }
        });
        assertThat(wrongAnswers).isEmpty();
    }

    /** What each thread of {@link #onAllThreadsAtOnce} does, given its number. */
    private interface ThreadBody {
        void run(int thread) throws Exception;
    }

    /** Runs the body on {@link #THREADS} threads released at the same moment, and waits for all of them. */
    private static void onAllThreadsAtOnce(ThreadBody body) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(executor.submit(() -> {
                    start.await();
                    body.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
