package org.sgdvalley.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameClockTest {

    @Test
    void everySubscriberRunsOncePerPulseInOrderUntilItUnsubscribes() {
        FrameClock clock = new FrameClock();
        List<String> calls = new ArrayList<>();
        clock.subscribe(() -> calls.add("plots"));
        Runnable unsubscribe = clock.subscribe(() -> calls.add("valley"));
        clock.pulse();
        unsubscribe.run();
        clock.pulse();
        assertEquals(List.of("plots", "valley", "plots"), calls);
        assertEquals(2, clock.pulses());
    }
}
