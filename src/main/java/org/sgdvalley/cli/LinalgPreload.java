package org.sgdvalley.cli;

import java.util.concurrent.CompletableFuture;
import org.sgdvalley.engine.metric.Linalg;

/**
 * Loads ND4J and OpenBLAS for the desktop app before the window system loads any library of its own
 * (JavaCPP's loading must never overlap another library's: see the app's NativeLibraries), beside
 * the command line's own start, so that the window's first status, which needs LAPACK for rank,
 * waits for nothing. Only when the libraries are unpacked already: the first start, which unpacks
 * them, opens the window first and loads them behind it.
 */
final class LinalgPreload {
    private static CompletableFuture<Void> loading;

    private LinalgPreload() {
    }

    /** Starts loading on a thread of its own, once, when the arguments start the desktop app. */
    static void startFor(String[] args) {
        if (args.length == 0 || "gui".equals(args[0])) {
            start();
        }
    }

    /** Starts loading, once, if the native libraries are unpacked. */
    static synchronized void start() {
        if (loading == null) {
            loading = NativeUnpacking.unpackedAtStart()
                    ? CompletableFuture.runAsync(LinalgPreload::load)
                    : CompletableFuture.completedFuture(null);
        }
    }

    /** Waits until the loading started has finished: call it before the window system starts. */
    static void await() {
        start();
        loading.join();
    }

    private static void load() {
        try {
            Linalg.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // the window's native loader meets the same failure and says which libraries are missing
        }
    }
}
