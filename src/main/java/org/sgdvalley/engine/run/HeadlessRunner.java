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

    /** Pieces a run's steps are taken in, at most, so that progress never stalls between evaluations. */
    private static final int PROGRESS_REPORTS = 200;

    /** A runner using every core. */
    public static HeadlessRunner allCores() {
        return new HeadlessRunner(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs the experiment; {@code progress} receives the total number of steps done so far across
     * runs, from the worker threads, about every thousand steps.
     */
    public List<RunResult> run(Experiment experiment, LongConsumer progress) throws InterruptedException {
        return run(experiment, progress, Long.MAX_VALUE);
    }

    /**
     * Runs the experiment up to iteration {@code stopAt} at most (the planned length when larger),
     * evaluating at the plan's points up to there; the runs can later be continued with
     * {@link #resume}.
     */
    public List<RunResult> run(Experiment experiment, LongConsumer progress, long stopAt) throws InterruptedException {
        List<RunResult> fresh = experiment.runs().stream()
                .map(r -> new RunResult(r.label(), List.of(), r.iteration(), null, 0, r.params().clone())).toList();
        return resume(experiment, fresh, progress, stopAt);
    }

    /**
     * Continues runs restored to a saved state ({@link Run#restore}) whose earlier evaluations and
     * divergence are in {@code saved} (in run order): a diverged run stays as it was, the others
     * are evaluated at the plan's points after the last saved one, up to {@code stopAt} at most.
     * A run saved at step s and resumed to N gives the evaluations of an uninterrupted run to N
     * whenever the plan's points up to s are the ones saved.
     */
    public List<RunResult> resume(Experiment experiment, List<RunResult> saved, LongConsumer progress, long stopAt)
            throws InterruptedException {
        if (saved.size() != experiment.runs().size()) {
            throw new IllegalArgumentException("expected " + experiment.runs().size() + " saved runs, got "
                    + saved.size());
        }
        long[] points = experiment.spec().evaluation().points(experiment.spec().iterations());
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, experiment.runs().size()), r -> {
            Thread t = new Thread(r, "headless-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < experiment.runs().size(); i++) {
                Run run = experiment.runs().get(i);
                RunResult before = saved.get(i);
                futures.add(pool.submit(() -> runOne(experiment, run, before, points, stopAt, done, progress)));
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

    /**
     * Runs one fresh run of the experiment to its end on the caller's thread, evaluating the metrics
     * at {@code points} only (ascending; the end need not be one of them): what a sweep cell does,
     * where a thread of its own per run would cost more than the few evaluations it keeps.
     */
    public static RunResult runOnThisThread(Experiment experiment, Run run, long[] points, LongConsumer progress) {
        RunResult fresh = new RunResult(run.label(), List.of(), run.iteration(), null, 0, run.params().clone());
        return runOne(experiment, run, fresh, points, Long.MAX_VALUE, new AtomicLong(), progress);
    }

    private static RunResult runOne(Experiment experiment, Run run, RunResult before, long[] points, long stopAt,
                                    AtomicLong done, LongConsumer progress) {
        long start = System.nanoTime();
        List<Evaluation> evaluations = new ArrayList<>(before.evaluations());
        if (before.divergence() != null) {
            return before;
        }
        long lastSaved = evaluations.isEmpty() ? -1 : evaluations.get(evaluations.size() - 1).iteration();
        int trainColumn = experiment.metrics().columns().indexOf("train_loss");
        for (long target : points) {
            if (target > stopAt) {
                break;
            }
            if (target <= lastSaved || target < run.iteration()) {
                continue;
            }
            advance(run, target, done, progress);
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
        long end = Math.min(stopAt, run.schedule().totalSteps());
        if (run.divergence() == null && run.iteration() < end) {
            advance(run, end, done, progress);
        }
        return new RunResult(run.label(), evaluations, run.iteration(), run.divergence(),
                before.seconds() + (System.nanoTime() - start) / 1e9, run.params().clone());
    }

    /** Advances to {@code target} in pieces, so that progress goes on between evaluations far apart. */
    private static void advance(Run run, long target, AtomicLong done, LongConsumer progress) {
        long piece = Math.max(1, run.schedule().totalSteps() / PROGRESS_REPORTS);
        do {
            long before = run.iteration();
            run.advance(Math.min(target, before + piece) - before);
            report(done, run.iteration() - before, progress);
        } while (run.divergence() == null && run.iteration() < target);
    }

    private static void report(AtomicLong done, long steps, LongConsumer progress) {
        long before = done.getAndAdd(steps);
        if ((before + steps) / 1000 != before / 1000 || steps == 0) {
            progress.accept(before + steps);
        }
    }
}
