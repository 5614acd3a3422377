package erp.onlinesync.application.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private static RunView running(int imported) {
        return new RunView(1L, 2L, RunState.RUNNING, RunTrigger.CONNECT, "admin", T0, null, null, imported, 0, 0, 0,
                null, null, null);
    }

    @Test
    void theRateIsTheLinesSinceTheRunWasAskedFor() {
        assertEquals(new RunProgress(5000, 250), RunProgress.of(running(5000), T0.plusSeconds(20)));
        assertEquals(new RunProgress(3, 2), RunProgress.of(running(3), T0.plusMillis(2000)), "rounded");
    }

    @Test
    void noRateInTheFirstSecond() {
        assertEquals(new RunProgress(500, 0), RunProgress.of(running(500), T0.plusMillis(999)));
    }
}
