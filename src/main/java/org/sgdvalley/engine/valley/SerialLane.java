package org.sgdvalley.engine.valley;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs tasks one at a time, in the order they were submitted, on a shared {@link Executor}: the
 * sequential lane a worker needs without a thread of its own. A task that throws does not stop the
 * lane; its exception goes to the failure sink.
 */
final class SerialLane {
    private final Executor executor;
    private final Consumer<RuntimeException> failures;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean draining;
    private volatile boolean closed;

    SerialLane(Executor executor, Consumer<RuntimeException> failures) {
        this.executor = executor;
        this.failures = failures;
    }

    /** Queues {@code task} behind the ones already queued; ignored once closed. */
    void submit(Runnable task) {
        synchronized (this) {
            if (closed) {
                return;
            }
            queue.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException shutDown) {
            // the application is closing: nothing will read the results
            synchronized (this) {
                queue.clear();
                draining = false;
            }
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = closed ? null : queue.poll();
                if (next == null) {
                    queue.clear();
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                failures.accept(e);
            }
        }
    }

    /** Drops queued tasks and takes no more; a running task finishes. */
    void close() {
        closed = true;
    }
}
