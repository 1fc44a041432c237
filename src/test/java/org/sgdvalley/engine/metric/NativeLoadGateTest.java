package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Only the reserved thread loads ND4J; every other thread waits for it instead of loading beside it. */
class NativeLoadGateTest {
    private final NativeLoadGate gate = new NativeLoadGate();
    private final Thread loader = new Thread(() -> { }, "native-loader");

    @Test
    @Timeout(10)
    void aThreadNeedingNd4jWaitsUntilTheReservedLoaderHasFinished() throws InterruptedException {
        gate.reserveFor(loader);
        AtomicBoolean passed = new AtomicBoolean();
        Thread trainer = new Thread(() -> {
            gate.awaitTurn();
            passed.set(true);
        }, "trainer");
        trainer.start();
        while (trainer.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        assertThat(passed).isFalse();
        gate.finish();
        trainer.join();
        assertThat(passed).isTrue();
    }

    @Test
    void noThreadButTheReservedOneMayLoad() {
        gate.reserveFor(loader);
        assertThatThrownBy(gate::checkLoader).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must load on native-loader");
        gate.reserveFor(Thread.currentThread());
        gate.checkLoader();
        gate.awaitTurn();
    }

    @Test
    void withoutReservationAnyThreadLoadsOnFirstUse() {
        gate.awaitTurn();
        gate.checkLoader();
        assertThat(gate.finished()).isFalse();
    }

    @Test
    void aReservationAfterTheLoadChangesNothing() {
        gate.finish();
        gate.reserveFor(loader);
        gate.checkLoader();
        gate.awaitTurn();
        assertThat(gate.finished()).isTrue();
    }
}
