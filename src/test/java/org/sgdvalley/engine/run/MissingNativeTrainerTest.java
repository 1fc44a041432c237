package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.metric.MissingLapack;
import org.sgdvalley.preset.PresetCatalog;

/**
 * On a platform whose OpenBLAS lacks LAPACKE (simulated), E1 trains on without rank(phi): the trainer
 * says so in one line naming the operating system and the routine, and keeps stepping.
 */
class MissingNativeTrainerTest {

    @Test
    @Timeout(30)
    void e1TrainsOnWithoutRankWhenLapackIsMissing() throws InterruptedException {
        try (MissingLapack missing = MissingLapack.simulate();
             ExperimentController controller = new ExperimentController(PresetCatalog.bundled("diag-sgd-decay"))) {
            controller.onFailure(e -> "trainer failed: " + e);
            awaitStatus(controller);
            controller.play();
            String notice = null;
            while (notice == null) {
                notice = controller.takeFailure();
                Thread.sleep(5);
            }
            assertThat(notice).startsWith("rank unavailable: LAPACKE_dgesvd is missing from the native libraries for "
                    + System.getProperty("os.name")).endsWith("training goes on without it");
            long seen = controller.status().runs().get(0).iteration();
            while (controller.status().runs().get(0).iteration() < seen + 1000) {
                Thread.sleep(5);
            }
            assertThat(controller.isAlive()).isTrue();
            assertThat(controller.takeFailure()).isNull();
        }
    }

    private static void awaitStatus(ExperimentController controller) throws InterruptedException {
        while (controller.status() == null) {
            Thread.sleep(5);
        }
    }
}
