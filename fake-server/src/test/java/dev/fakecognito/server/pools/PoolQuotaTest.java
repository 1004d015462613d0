package dev.fakecognito.server.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.FakeServerTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.LimitExceededException;

/** The 1,000-pools-per-account quota, on a fake of its own so that no other test sees a full account. */
class PoolQuotaTest {

    @Test
    void exactlyThousandPoolsFitEvenWhenCreatedConcurrentlyAndDeletingOneFreesASlot() throws Exception {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = FakeServerTestBase.client(fake)) {
            Queue<String> ids = new ConcurrentLinkedQueue<>();
            AtomicInteger limited = new AtomicInteger();
            AtomicInteger attempt = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(16);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    futures.add(threads.submit(() -> {
                        int i;
                        while ((i = attempt.getAndIncrement()) < 1010) {
                            String name = "quota_" + i;
                            try {
                                ids.add(client.createIdentityPool(
                                                b -> b.identityPoolName(name).allowUnauthenticatedIdentities(true))
                                        .identityPoolId());
                            } catch (LimitExceededException e) {
                                assertThat(e.statusCode()).isEqualTo(400);
                                limited.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
            assertThat(limited).hasValue(10);

            assertThatThrownBy(() -> client.createIdentityPool(
                            b -> b.identityPoolName("quota_more").allowUnauthenticatedIdentities(true)))
                    .isInstanceOf(LimitExceededException.class);
            assertThat(client.listIdentityPoolsPaginator(b -> b.maxResults(60)).identityPools().stream()
                            .count())
                    .isEqualTo(1000);

            client.deleteIdentityPool(b -> b.identityPoolId(ids.peek()));
            assertThat(client.createIdentityPool(
                                    b -> b.identityPoolName("quota_again").allowUnauthenticatedIdentities(true))
                            .identityPoolId())
                    .isNotNull();
            assertThatThrownBy(() -> client.createIdentityPool(
                            b -> b.identityPoolName("quota_over").allowUnauthenticatedIdentities(true)))
                    .isInstanceOf(LimitExceededException.class);
        }
    }
}
