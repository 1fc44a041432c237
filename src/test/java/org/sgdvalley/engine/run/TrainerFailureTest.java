package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

/** A command that fails on the trainer thread is reported once and the trainer goes on. */
class TrainerFailureTest {

    @Test
    void aFailingCommandIsReportedAndTrainingGoesOn() throws InterruptedException {
        try (ExperimentController controller = new ExperimentController(PresetCatalog.bundled("toy-quadratic"))) {
            controller.onFailure(e -> "reported: " + e.getClass().getSimpleName());
            await(() -> controller.status() != null);
            controller.setStepSize(99, 0.1);
            await(() -> controller.status() != null && controller.isAlive());
            String report = null;
            for (int i = 0; i < 400 && report == null; i++) {
                report = controller.takeFailure();
                Thread.sleep(5);
            }
            assertThat(report).startsWith("reported: ").endsWith("IndexOutOfBoundsException");
            assertThat(controller.takeFailure()).isNull();
            controller.play();
            await(() -> controller.status().runs().get(0).iteration() > 10);
            assertThat(controller.isAlive()).isTrue();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
