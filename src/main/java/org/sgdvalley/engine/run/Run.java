package org.sgdvalley.engine.run;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.metric.MetricSet;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.model.StepChunk;
import org.sgdvalley.engine.optim.BatchSampler;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.StepSizeSchedule;

/**
 * One training run: a model's parameters moved by SGD or GD under a step-size schedule, with a live
 * step-size override. Not thread-safe: one thread steps it (see {@link ExperimentController}).
 *
 * <p>The step size that runs at iteration t is {@code scale * schedule.at(t)}; a live change sets
 * {@code scale}, so later decays still divide the new value. Each change is recorded as
 * {@link StepSizeChange}. Divergence (a non-finite loss, or one above the cap) stops the run and
 * keeps the step where it happened; {@link #rewind()} goes back to the last good checkpoint.
 */
public final class Run {
    /** Iterations between the checkpoints that {@link #rewind()} returns to. */
    public static final long CHECKPOINT_INTERVAL = 1000;
    /** Rows drawn ahead at most per chunk of {@link #advance}. */
    private static final int CHUNK_ROWS = 1 << 16;

    private final String label;
    private final Model model;
    private final Dataset data;
    private final OptimizerSpec optimizer;
    private final StepSizeSchedule schedule;
    private final double[] params;
    private final double[] grad;
    private final int[] batch;
    private final double[] labels;
    private final BatchSampler sampler;
    private final double divergenceCap;
    private int lastBatchSize;
    private final StepChunk chunk;
    // read by the UI thread while the trainer appends; changes are rare, so copy-on-write is cheap
    private final List<StepSizeChange> changes = new CopyOnWriteArrayList<>();
    private Rng labelNoise;
    private double scale = 1.0;
    private long iteration;
    private Divergence divergence;
    private RunState checkpoint;
    private RunState previousCheckpoint;

    /** Creates a run at its initialization; {@code initSeed} draws the initial parameters. */
    public Run(String label, Model model, Dataset data, OptimizerSpec optimizer, StepSizeSchedule schedule,
               long initSeed) {
        this.label = label;
        this.model = model;
        this.data = data;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.params = new double[model.parameterCount()];
        this.grad = new double[params.length];
        this.sampler = new BatchSampler(data.n(), optimizer);
        this.batch = new int[sampler.batchSize()];
        this.labels = new double[batch.length];
        this.labelNoise = new Rng(~optimizer.seed());
        this.chunk = new StepChunk(batch.length,
                (int) Math.max(1, Math.min(CHECKPOINT_INTERVAL, CHUNK_ROWS / batch.length)));
        model.initialize(params, new Rng(initSeed));
        double initialLoss = model.loss(params, data.xTrain(), data.yTrain());
        this.divergenceCap = 1e6 * Math.max(1.0, Double.isFinite(initialLoss) ? initialLoss : 1.0);
        this.checkpoint = state();
        this.previousCheckpoint = checkpoint;
    }

    /**
     * Takes one step and returns the loss of its batch before the step, or NaN once diverged.
     * The step size used is {@link #stepSize()} as it was before the call.
     */
    public double step() {
        if (divergence != null) {
            return Double.NaN;
        }
        checkpointIfDue();
        if (divergence != null) {
            return Double.NaN;
        }
        double eta = stepSize();
        int size = sampler.next(batch);
        lastBatchSize = size;
        fillLabels(size);
        double loss = model.sgdStep(params, data.xTrain(), batch, labels, size, eta, grad);
        iteration++;
        if (!(loss <= divergenceCap)) {
            divergence = new Divergence(iteration, loss, eta);
        }
        return loss;
    }

    private void checkpointIfDue() {
        if (iteration % CHECKPOINT_INTERVAL == 0 && iteration > checkpoint.iteration()) {
            if (!MetricSet.allFinite(params)) {
                // a NaN hidden behind a ReLU leaves the loss finite: never keep such a state as good
                divergence = new Divergence(iteration, Double.NaN, stepSize());
                return;
            }
            previousCheckpoint = checkpoint;
            checkpoint = state();
        }
    }

    /**
     * Takes up to {@code steps} steps, stopping early at a divergence, and returns how many were taken.
     * The result is exactly that of calling {@link #step()} as many times: the batches, labels and step
     * sizes are drawn ahead in the same order, chunks end at checkpoint iterations, and a divergence
     * stops at the same step with the same parameters and generator states. The model runs each chunk
     * in one call ({@link Model#sgdSteps}), which is much faster for small models.
     */
    public long advance(long steps) {
        long taken = 0;
        while (taken < steps && divergence == null) {
            checkpointIfDue();
            if (divergence != null) {
                break;
            }
            long toCheckpoint = CHECKPOINT_INTERVAL - iteration % CHECKPOINT_INTERVAL;
            int count = (int) Math.min(Math.min(steps - taken, toCheckpoint), chunk.capacity());
            taken += runChunk(count);
        }
        return taken;
    }

    private int runChunk(int count) {
        BatchSampler.State samplerBefore = sampler.state();
        long noiseBefore = labelNoise.state();
        fillChunk(count);
        chunk.setCount(count);
        chunk.setLossCap(divergenceCap);
        int taken = model.sgdSteps(params, data.xTrain(), chunk, grad);
        if (taken < count) {
            // diverged inside the chunk: draw again only what the steps taken used
            sampler.restore(samplerBefore);
            labelNoise = new Rng(noiseBefore);
            fillChunk(taken);
        }
        iteration += taken;
        double last = chunk.losses()[taken - 1];
        if (!(last <= divergenceCap)) {
            divergence = new Divergence(iteration, last, chunk.stepSizes()[taken - 1]);
        }
        return taken;
    }

    /** Draws the batches, labels and step sizes of the next {@code count} steps into the chunk. */
    private void fillChunk(int count) {
        int size = batch.length;
        int[] rows = chunk.rows();
        double[] chunkLabels = chunk.labels();
        double[] etas = chunk.stepSizes();
        long t = iteration;
        int k = 0;
        while (k < count) {
            double eta = scale * schedule.at(t);
            long until = schedule.constantUntil(t);
            int end = k + (int) Math.min(count - k, until - t);
            for (; k < end; k++, t++) {
                etas[k] = eta;
                lastBatchSize = sampler.next(batch);
                fillLabels(size);
                if (size == 1) {
                    rows[k] = batch[0];
                    chunkLabels[k] = labels[0];
                } else {
                    System.arraycopy(batch, 0, rows, k * size, size);
                    System.arraycopy(labels, 0, chunkLabels, k * size, size);
                }
            }
        }
    }

    private void fillLabels(int size) {
        double[] y = data.yTrain();
        double sigma = optimizer.labelNoise();
        for (int b = 0; b < size; b++) {
            labels[b] = sigma == 0 ? y[batch[b]] : y[batch[b]] + sigma * labelNoise.nextGaussian();
        }
    }

    /** The step size the next step will use. */
    public double stepSize() {
        return scale * schedule.at(iteration);
    }

    /** Sets the step size from the next step on; the schedule goes on relative to this value. */
    public void setStepSize(double stepSize) {
        requirePositive(stepSize);
        scale = stepSize / schedule.at(iteration);
        changes.add(new StepSizeChange(iteration, stepSize));
    }

    /** Multiplies the step size from the next step on. */
    public void multiplyStepSize(double factor) {
        setStepSize(stepSize() * factor);
    }

    private static void requirePositive(double stepSize) {
        if (!(stepSize > 0) || !Double.isFinite(stepSize)) {
            throw new IllegalArgumentException("step size must be a finite number > 0, got " + stepSize);
        }
    }

    /**
     * Checks the full training loss (done at evaluation points, where it is computed anyway) and
     * marks the run diverged when it is not finite or above the cap.
     */
    public void checkTrainLoss(double trainLoss) {
        if (divergence == null && !(trainLoss <= divergenceCap)) {
            divergence = new Divergence(iteration, trainLoss, stepSize());
        } else if (divergence == null && !MetricSet.allFinite(params)) {
            divergence = new Divergence(iteration, Double.NaN, stepSize());
        }
    }

    /**
     * Returns to the last checkpoint taken at least {@link #CHECKPOINT_INTERVAL} steps before now
     * (or the start) and clears the divergence; the live step size is kept.
     */
    public void rewind() {
        RunState target = divergence != null && divergence.iteration() - checkpoint.iteration() < CHECKPOINT_INTERVAL
                ? previousCheckpoint : checkpoint;
        double keepStepSize = stepSize();
        restore(target);
        divergence = null;
        checkpoint = target;
        previousCheckpoint = target;
        setStepSize(keepStepSize);
    }

    /** A copy of everything needed to continue this run exactly. */
    public RunState state() {
        return new RunState(iteration, params.clone(), sampler.state(), labelNoise.state(), scale,
                List.copyOf(changes));
    }

    /** Continues from a state taken with {@link #state()} of a run with the same spec. */
    public void restore(RunState state) {
        iteration = state.iteration();
        System.arraycopy(state.params(), 0, params, 0, params.length);
        sampler.restore(state.sampler());
        labelNoise = new Rng(state.labelNoiseState());
        scale = state.scale();
        changes.clear();
        changes.addAll(state.changes());
        divergence = null;
        checkpoint = state;
        previousCheckpoint = state;
    }

    /**
     * Marks this run as stopped by {@code saved} (a divergence read back from a saved session), so
     * that a restored run stays stopped where it was.
     */
    public void markDiverged(Divergence saved) {
        divergence = saved;
    }

    public String label() {
        return label;
    }

    public Model model() {
        return model;
    }

    public Dataset data() {
        return data;
    }

    public OptimizerSpec optimizer() {
        return optimizer;
    }

    public StepSizeSchedule schedule() {
        return schedule;
    }

    /** The live parameter vector; read it only from the stepping thread or while paused. */
    public double[] params() {
        return params;
    }

    /** Steps taken so far. */
    public long iteration() {
        return iteration;
    }

    /** Whether the planned number of iterations is done. */
    public boolean finished() {
        return iteration >= schedule.totalSteps();
    }

    /** The divergence that stopped this run, or null. */
    public Divergence divergence() {
        return divergence;
    }

    /** The training-row indices of the last step's minibatch (empty before the first step). */
    public int[] lastBatch() {
        return Arrays.copyOf(batch, lastBatchSize);
    }

    /** Live step-size changes, in order. */
    public List<StepSizeChange> stepSizeChanges() {
        return List.copyOf(changes);
    }
}
