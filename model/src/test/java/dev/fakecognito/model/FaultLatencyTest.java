package dev.fakecognito.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Fault#latencyMs()}: what {@link Fault#latency} sets, absent otherwise. */
class FaultLatencyTest {

    @Test
    void latencyIsKeptInWholeMilliseconds() {
        assertThat(Fault.on("GetId").latency(Duration.ofMillis(1500)).latencyMs())
                .isEqualTo(1500L);
    }

    @Test
    void aFaultWithoutLatencyHasNone() {
        assertThat(Fault.on("GetId").error("TooManyRequestsException").latencyMs())
                .isNull();
    }
}
