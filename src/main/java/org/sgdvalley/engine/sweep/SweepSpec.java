package org.sgdvalley.engine.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * A sweep: one run of a preset, two of its parameters over a grid, and {@code seeds} SGD seeds per
 * grid point. Serializable, like every spec it holds, so that cells can be shipped to other machines.
 *
 * @param preset   the preset (its other runs are ignored)
 * @param runIndex the run whose parameters vary
 * @param seeds    SGD seeds per grid point: the run's own seed, then the next ones
 */
public record SweepSpec(ExperimentSpec preset, int runIndex, SweepAxis x, SweepAxis y, int seeds)
        implements Serializable {
    /** The most seeds per grid point. */
    public static final int MAX_SEEDS = 100;

    /** Checks the run index, the seeds and that the axes apply to the run. */
    public SweepSpec {
        if (runIndex < 0 || runIndex >= preset.runs().size()) {
            throw new IllegalArgumentException("no run " + runIndex + " in " + preset.name());
        }
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds must be an integer in [1, " + MAX_SEEDS + "], got " + seeds);
        }
        if (x.parameter() == y.parameter()) {
            throw new IllegalArgumentException("the two axes vary the same parameter " + x.parameter().key());
        }
        // the corners show at once whether each axis applies to this run
        SweepCell.spec(preset, runIndex, x.parameter(), x.value(0), y.parameter(), y.value(0), seeds - 1);
        SweepCell.spec(preset, runIndex, x.parameter(), x.value(x.count() - 1), y.parameter(),
                y.value(y.count() - 1), seeds - 1);
    }

    /** The run that varies, as the preset has it. */
    public String runLabel() {
        return preset.runs().get(runIndex).label();
    }

    /** A run of the preset placed on the sweep's map. */
    public record PresetPoint(String label, double x, double y) implements Serializable {
    }

    /** The preset's own runs that have both parameters, at their values (they may lie off the grid). */
    public List<PresetPoint> presetPoints() {
        List<PresetPoint> points = new ArrayList<>();
        for (int r = 0; r < preset.runs().size(); r++) {
            double px = x.parameter().valueIn(preset, r);
            double py = y.parameter().valueIn(preset, r);
            if (Double.isFinite(px) && Double.isFinite(py)) {
                points.add(new PresetPoint(preset.runs().get(r).label(), px, py));
            }
        }
        return points;
    }

    /** Number of cells: grid points times seeds. */
    public int cellCount() {
        return x.count() * y.count() * seeds;
    }

    /** Every cell, row by row of the grid (y outer, x inner), the seeds of a grid point together. */
    public List<SweepCell> cells() {
        List<SweepCell> cells = new ArrayList<>(cellCount());
        for (int j = 0; j < y.count(); j++) {
            for (int i = 0; i < x.count(); i++) {
                for (int s = 0; s < seeds; s++) {
                    cells.add(new SweepCell(this, i, j, s));
                }
            }
        }
        return cells;
    }

    /** The position of a cell in {@link #cells()}. */
    public int order(int xIndex, int yIndex, int seed) {
        return (yIndex * x.count() + xIndex) * seeds + seed;
    }

    /** Steps of every cell together (a diverged cell stops early). */
    public long plannedSteps() {
        return (long) cellCount() * preset.iterations();
    }
}
