package org.sgdvalley.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs every run of an experiment to the end as fast as possible, evaluating the metrics at the
 * plan's points, with the runs spread over the machine's cores. Each run stays deterministic: its
 * trajectory does not depend on the thread it runs on.
 */
public final class HeadlessRunner {
    private final int threads;

    /** A runner using up to {@code threads} threads. */
    public HeadlessRunner(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** A runner using every core. */
    public static HeadlessRunner allCores() {
        return new HeadlessRunner(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs the experiment; {@code progress} receives the total number of steps done so far across
     * runs, from the worker threads, about every thousand steps.
     */
    public List<RunResult> run(Experiment experiment, LongConsumer progress) throws InterruptedException {
        long[] points = experiment.spec().evaluation().points(experiment.spec().iterations());
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, experiment.runs().size()), r -> {
            Thread t = new Thread(r, "headless-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (Run run : experiment.runs()) {
                futures.add(pool.submit(() -> runOne(experiment, run, points, done, progress)));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunResult runOne(Experiment experiment, Run run, long[] points, AtomicLong done,
                                    LongConsumer progress) {
        long start = System.nanoTime();
        List<Evaluation> evaluations = new ArrayList<>(points.length);
        int trainColumn = experiment.metrics().columns().indexOf("train_loss");
        for (long target : points) {
            long before = run.iteration();
            run.advance(target - run.iteration());
            report(done, run.iteration() - before, progress);
            if (run.divergence() != null) {
                break;
            }
            double[] values = experiment.evaluate(run);
            if (trainColumn >= 0) {
                run.checkTrainLoss(values[trainColumn]);
            }
            evaluations.add(new Evaluation(run.iteration(), run.stepSize(), values));
            if (run.divergence() != null) {
                break;
            }
        }
        return new RunResult(run.label(), evaluations, run.iteration(), run.divergence(),
                (System.nanoTime() - start) / 1e9, run.params().clone());
    }

    private static void report(AtomicLong done, long steps, LongConsumer progress) {
        long before = done.getAndAdd(steps);
        if ((before + steps) / 1000 != before / 1000 || steps == 0) {
            progress.accept(before + steps);
        }
    }
}
