package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Native libraries load from one thread, one step at a time, in a fixed order with ND4J last. */
class NativeLibrariesTest {

    @Test
    @Timeout(10)
    void stepsRunInOrderOnOneThreadNeverTwoAtOnceAfterTheReservation() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        List<NativeLibraries.Step> steps = List.of("window system", "imaging", "nd4j").stream()
                .map(name -> new NativeLibraries.Step(name, () -> {
                    log.add(name + " on " + Thread.currentThread().getName() + ", " + running.incrementAndGet()
                            + " running");
                    Thread.yield();
                    running.decrementAndGet();
                })).toList();
        NativeLibraries loader = new NativeLibraries(steps,
                thread -> log.add("reserved for " + thread.getName() + " before it ran: "
                        + (thread.getState() == Thread.State.NEW)));
        loader.start();
        assertThat(loader.finished().get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(log).containsExactly("reserved for native-loader before it ran: true",
                "window system on native-loader, 1 running",
                "imaging on native-loader, 1 running",
                "nd4j on native-loader, 1 running");
    }

    @Test
    @Timeout(10)
    void aFailingStepIsReportedAndTheLaterStepsStillRun() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        NativeLibraries loader = new NativeLibraries(List.of(
                new NativeLibraries.Step("effects", () -> {
                    throw new UnsatisfiedLinkError("no libdecora_sse");
                }),
                new NativeLibraries.Step("nd4j", () -> ran.add("nd4j"))), thread -> { });
        loader.start();
        assertThat(loader.finished().get(5, TimeUnit.SECONDS)).singleElement().asString()
                .startsWith("effects: ").contains("no libdecora_sse");
        assertThat(ran).containsExactly("nd4j");
    }

    @Test
    void theAppLoadsTheWindowSystemsLibrariesFirstAndNd4jLast() {
        assertThat(NativeLibraries.appSteps()).extracting(NativeLibraries.Step::name)
                .containsExactly("JavaFX text, images and effects", "AWT imaging", "ND4J and OpenBLAS");
    }
}
