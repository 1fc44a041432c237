package org.sgdvalley.engine.metric;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Which thread may load ND4J's native libraries, and when. Without a reservation any thread loads
 * them on first use (the command line, where nothing else loads native code meanwhile). The desktop
 * app reserves the load for its one native loader thread, which runs it after the window system's
 * own libraries: a thread that needs ND4J before then waits until the loader has finished, and a load
 * on any other thread is an error. The reason: JavaCPP looks symbols up with dlsym inside
 * dl_iterate_phdr, which deadlocks against a dlopen on another thread (seen at start-up, with
 * JavaFX and AWT loading their libraries beside it).
 */
final class NativeLoadGate {
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile Thread loader;

    /** Reserves the load for {@code thread}; does nothing once the load has finished. */
    void reserveFor(Thread thread) {
        if (!finished.isDone()) {
            loader = thread;
        }
    }

    /** Waits until the reserved loader has finished, unless there is none or it is the calling thread. */
    void awaitTurn() {
        Thread reserved = loader;
        if (reserved == null || reserved == Thread.currentThread() || finished.isDone()) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                finished.get();
                break;
            } catch (InterruptedException e) {
                // the loader finishes within seconds; leaving early would let this thread load at the same time
                interrupted = true;
            } catch (ExecutionException impossible) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Throws unless the calling thread may run the load now. */
    void checkLoader() {
        Thread reserved = loader;
        if (reserved != null && reserved != Thread.currentThread()) {
            throw new IllegalStateException("ND4J's native libraries must load on " + reserved.getName()
                    + ", not on " + Thread.currentThread().getName());
        }
    }

    /** Marks the load as done (or failed): waiting threads go on. */
    void finish() {
        finished.complete(null);
    }

    /** Whether the load has been done (or has failed). */
    boolean finished() {
        return finished.isDone();
    }
}
