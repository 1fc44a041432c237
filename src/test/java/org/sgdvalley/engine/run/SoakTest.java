package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

/**
 * A long live run through the trainer, far past the capacity of the history store (4096 recent
 * samples and 2048 min/max buckets per series): once the store is full the retained heap stays flat.
 * CI runs {@value #CI_STEPS} steps; {@code -Dsoak.full=true} runs 10^8 ({@code -Dsoak.steps=N} any other
 * length, {@code -Dsoak.preset=NAME} another preset's first run). Prints the retained heap after GC at each quarter and the peak heap seen.
 */
class SoakTest {
    static final long CI_STEPS = 20_000_000L;
    private static final long FULL_STEPS = 100_000_000L;
    /** Allowed growth of the retained heap between the first quarter and the end. */
    private static final long SLACK_BYTES = 8L << 20;

    @Test
    void memoryStaysFlatOnceTheHistoryIsFull() throws InterruptedException {
        long steps = Long.getLong("soak.steps", Boolean.getBoolean("soak.full") ? FULL_STEPS : CI_STEPS);
        var spec = PresetCatalog.bundled(System.getProperty("soak.preset", "toy-quadratic"));
        spec = spec.withIterations(steps).withRuns(List.of(spec.runs().get(0)));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long peak = 0;
        List<Long> retained = new ArrayList<>();
        long start = System.nanoTime();
        try (ExperimentController controller = new ExperimentController(spec)) {
            while (controller.status() == null) {
                Thread.sleep(5);
            }
            controller.play();
            int quarter = 1;
            while (quarter <= 4) {
                long done = controller.status().runs().get(0).iteration();
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                if (done >= steps * quarter / 4 || controller.status().allStopped()) {
                    controller.pause();
                    retained.add(retainedHeap(memory));
                    quarter++;
                    controller.play();
                }
                Thread.sleep(20);
            }
            RunHistory history = controller.session().history(0);
            for (String name : history.names()) {
                SeriesHistory.Snapshot s = history.series(name).snapshot(null);
                assertThat(s.count).as(name + " entries").isLessThanOrEqualTo(4096 + 2048);
            }
            assertThat(controller.status().runs().get(0).iteration()).isEqualTo(steps);
            assertThat(controller.status().runs().get(0).divergence()).isNull();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("soak: %,d steps in %.1f s, retained heap after GC at each quarter (MB): %s, peak heap %.1f MB%n",
                steps, seconds, retained.stream().map(b -> String.format("%.1f", b / 1048576.0)).toList(),
                peak / 1048576.0);
        assertThat(retained.get(3) - retained.get(0)).as("retained heap growth in bytes from the first quarter")
                .isLessThan(SLACK_BYTES);
    }

    private static long retainedHeap(MemoryMXBean memory) throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(30);
            best = Math.min(best, memory.getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
