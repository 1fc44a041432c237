package org.sgdvalley.engine.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.RunSpec;

/**
 * Checks a preset's claims on many draws ({@link Draws}): each draw runs the whole experiment to its
 * end, on one thread, with the draws spread over {@code threads} threads (they are independent).
 */
public final class ClaimsEvaluation {
    private ClaimsEvaluation() {
    }

    /**
     * How often each claim holds over draws {@code seed}, ..., {@code seed + draws - 1};
     * {@code drawDone} receives the number of draws finished so far, from the worker threads.
     */
    public static ClaimsReport evaluate(ExperimentSpec spec, ClaimSet claims, int draws, long seed, int threads,
                                        IntConsumer drawDone) throws InterruptedException {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be >= 1, got " + draws);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, draws)), r -> {
            Thread t = new Thread(r, "claims-draw");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < draws; i++) {
                ExperimentSpec drawn = Draws.shifted(spec, seed + i).withMetrics(claims.metrics());
                futures.add(pool.submit(() -> {
                    Experiment experiment = new Experiment(drawn);
                    List<RunResult> results = new HeadlessRunner(1).run(experiment, steps -> { });
                    synchronized (done) {
                        drawDone.accept(done.incrementAndGet());
                    }
                    return new Outcome(experiment.metrics().columns(), results);
                }));
            }
            ClaimsReport report = ClaimsReport.empty(claims, spec.runs().stream().map(RunSpec::label).toList());
            for (Future<Outcome> f : futures) {
                report = report.add(claims, f.get());
            }
            return report;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a draw failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
