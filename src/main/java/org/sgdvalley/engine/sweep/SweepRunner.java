package org.sgdvalley.engine.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.data.Dataset;

/**
 * Runs the cells of a sweep on several threads, one cell per thread at a time, handing each row over
 * as soon as its cell finishes. Cells with the same data share one draw of it (and the Gram matrices
 * cached on it); at most a few draws are kept, so memory stays bounded whatever the sweep's size.
 */
public final class SweepRunner {
    private final int threads;
    private final Map<DataSpec, CompletableFuture<Dataset>> draws;

    /** A runner using {@code threads} threads. */
    public SweepRunner(int threads) {
        this.threads = Math.max(1, threads);
        int keep = this.threads + 2;
        this.draws = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<DataSpec, CompletableFuture<Dataset>> eldest) {
                return size() > keep;
            }
        };
    }

    /** A runner using every core. */
    public static SweepRunner allCores() {
        return new SweepRunner(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs every cell of {@code sweep} whose position in {@link SweepSpec#cells()} is not in {@code done},
     * in that order.
     *
     * @param rows     receives each finished row, on a worker thread, one call at a time
     * @param progress receives the work done so far in iterations (a diverged cell counts as its planned
     *                 length once it ends), from the worker threads
     * @throws InterruptedException when interrupted; cells still running finish in the background and
     *                              their rows are dropped
     */
    public void run(SweepSpec sweep, Set<Integer> done, Consumer<CellRow> rows, LongConsumer progress)
            throws InterruptedException {
        List<SweepCell> pending = new ArrayList<>();
        List<SweepCell> all = sweep.cells();
        for (int i = 0; i < all.size(); i++) {
            if (!done.contains(i)) {
                pending.add(all.get(i));
            }
        }
        long planned = sweep.preset().iterations();
        AtomicLong work = new AtomicLong((long) (all.size() - pending.size()) * planned);
        AtomicInteger next = new AtomicInteger();
        Object handOver = new Object();
        int workerCount = Math.min(threads, Math.max(1, pending.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "sweep-cell");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < workerCount; w++) {
                workers.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < pending.size(); k = next.getAndIncrement()) {
                        long[] reported = {0};
                        CellRow row = runCell(pending.get(k), planned, work, progress, reported);
                        synchronized (handOver) {
                            if (Thread.currentThread().isInterrupted()) {
                                return null;
                            }
                            rows.accept(row);
                        }
                        // a cell's work is all reported once its row is out, so that progress counts it done
                        progress.accept(work.addAndGet(planned - reported[0]));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a sweep cell failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs a cell, reporting its steps but the last, which counts once its row is out. */
    private CellRow runCell(SweepCell cell, long planned, AtomicLong work, LongConsumer progress, long[] reported)
            throws InterruptedException {
        return cell.run(this::draw, steps -> {
            long counted = Math.min(steps, planned - 1);
            progress.accept(work.addAndGet(counted - reported[0]));
            reported[0] = counted;
        });
    }

    /** The cached draw of {@code spec}; a miss is drawn outside the lock, so other workers go on meanwhile. */
    private Dataset draw(DataSpec spec) {
        CompletableFuture<Dataset> mine = new CompletableFuture<>();
        CompletableFuture<Dataset> cached;
        synchronized (draws) {
            cached = draws.putIfAbsent(spec, mine);
        }
        if (cached != null) {
            return cached.join();
        }
        try {
            mine.complete(spec.generate());
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            synchronized (draws) {
                draws.remove(spec, mine);
            }
            throw e;
        }
        return mine.join();
    }
}
