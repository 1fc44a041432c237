package org.sgdvalley.engine.metric;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A thread that collects the heap about every millisecond until closed, for native calls that could
 * lose their memory to a collection (ND4J hands native code the bare address of an array's memory).
 * Such a loss showed only once the JIT had compiled the call path (the interpreter keeps the array
 * reachable to the end of the call), so {@link #warmedUp} first makes a thousand small calls.
 */
final class HeapCollector implements AutoCloseable {
    private final AtomicBoolean done = new AtomicBoolean();
    private final Thread thread = new Thread(this::collect, "heap-collector");

    private HeapCollector() {
        thread.start();
    }

    /** Makes {@code smallCall} a thousand times, then starts collecting. */
    static HeapCollector warmedUp(Supplier<double[]> smallCall) {
        for (int call = 0; call < 1000; call++) {
            smallCall.get();
        }
        return new HeapCollector();
    }

    private void collect() {
        while (!done.get()) {
            System.gc();
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        done.set(true);
        thread.join();
    }
}
