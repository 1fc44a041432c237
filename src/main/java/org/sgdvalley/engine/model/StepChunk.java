package org.sgdvalley.engine.model;

/**
 * The inputs of a run of consecutive SGD steps, drawn ahead of time: for step k of the chunk, the batch
 * rows {@code rows[k*batchSize ..]}, their labels and the step size, in the order single steps would
 * draw them. {@link Model#sgdSteps} writes each step's batch loss (before the step) into
 * {@link #losses()} and stops after the first step whose loss is not finite or above the cap.
 */
public final class StepChunk {
    private final int batchSize;
    private final int capacity;
    private final int[] rows;
    private final double[] labels;
    private final double[] stepSizes;
    private final double[] losses;
    private final int[] batch;
    private final double[] batchLabels;
    private int count;
    private double lossCap = Double.POSITIVE_INFINITY;

    /** Room for {@code capacity} steps of {@code batchSize} rows. */
    public StepChunk(int batchSize, int capacity) {
        if (batchSize < 1 || capacity < 1) {
            throw new IllegalArgumentException("batch size and capacity must be >= 1");
        }
        this.batchSize = batchSize;
        this.capacity = capacity;
        this.rows = new int[batchSize * capacity];
        this.labels = new double[batchSize * capacity];
        this.stepSizes = new double[capacity];
        this.losses = new double[capacity];
        this.batch = new int[batchSize];
        this.batchLabels = new double[batchSize];
    }

    public int batchSize() {
        return batchSize;
    }

    public int capacity() {
        return capacity;
    }

    /** Batch rows, {@code batchSize} per step. */
    public int[] rows() {
        return rows;
    }

    /** Labels of the batch rows (label noise included), {@code batchSize} per step. */
    public double[] labels() {
        return labels;
    }

    /** Step size of each step. */
    public double[] stepSizes() {
        return stepSizes;
    }

    /** Batch loss before each step, written by {@link Model#sgdSteps}. */
    public double[] losses() {
        return losses;
    }

    /** Number of steps filled in. */
    public int count() {
        return count;
    }

    public void setCount(int count) {
        if (count < 0 || count > capacity) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + capacity);
        }
        this.count = count;
    }

    /** Steps stop after the first loss that is not {@code <= lossCap} (NaN included). */
    public double lossCap() {
        return lossCap;
    }

    public void setLossCap(double lossCap) {
        this.lossCap = lossCap;
    }

    /** Scratch for one step's batch, for models that step one batch at a time. */
    int[] batch() {
        return batch;
    }

    /** Scratch for one step's labels. */
    double[] batchLabels() {
        return batchLabels;
    }
}
