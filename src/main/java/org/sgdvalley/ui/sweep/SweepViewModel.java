package org.sgdvalley.ui.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.CompareSpec;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.engine.sweep.CellRow;
import org.sgdvalley.engine.sweep.SweepAxis;
import org.sgdvalley.engine.sweep.SweepCell;
import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.engine.sweep.SweepParameter;
import org.sgdvalley.engine.sweep.SweepRunner;
import org.sgdvalley.engine.sweep.SweepSpec;
import org.sgdvalley.preset.TimeEstimate;
import org.sgdvalley.ui.base.Format;

/**
 * The Sweep tab's state: the preset and run to sweep, the two axes, the seeds, the sweep running on the
 * window's task executor (its cells on every core) and the grid its rows fill. The view polls
 * {@link #poll()} once per frame while a sweep runs; the workers never call the UI.
 */
public final class SweepViewModel {
    private static final int DEFAULT_STEPS_X = 12;

    private final SweepHost main;
    private final ObjectProperty<ExperimentSpec> preset = new SimpleObjectProperty<>();
    private final IntegerProperty run = new SimpleIntegerProperty();
    private final ObjectProperty<SweepParameter> xParameter = new SimpleObjectProperty<>(SweepParameter.STEP_SIZE);
    private final StringProperty xRange = new SimpleStringProperty();
    private final BooleanProperty xLog = new SimpleBooleanProperty();
    private final ObjectProperty<SweepParameter> yParameter = new SimpleObjectProperty<>(SweepParameter.DECAY_AT);
    private final StringProperty yRange = new SimpleStringProperty();
    private final IntegerProperty seeds = new SimpleIntegerProperty(1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicLong work = new AtomicLong();
    private volatile SweepGrid grid;
    private volatile String failure;
    private volatile boolean finished;
    /** The thread running the sweep, while it runs: {@link #stop()} interrupts it. */
    private Thread control;
    private boolean stopRequested;
    private long startNanos;

    /** The tab of {@code main}'s window: it sweeps the preset on show there. */
    public SweepViewModel(SweepHost main) {
        this.main = main;
        run.addListener((obs, old, index) -> defaultAxes());
        xParameter.addListener((obs, old, p) -> xRange.set(defaultRange(p, true)));
        yParameter.addListener((obs, old, p) -> yRange.set(defaultRange(p, false)));
        main.presetProperty().addListener((obs, old, spec) -> choosePreset(spec, main.focusedRunProperty().get()));
        choosePreset(main.presetProperty().get(), main.focusedRunProperty().get());
    }

    /** Takes a newly chosen preset; a comparison opened from a sweep cell keeps the sweep's preset. */
    private void choosePreset(ExperimentSpec spec, int focus) {
        if (spec == null || spec.name().endsWith(CompareSpec.SUFFIX) || running.get()) {
            return;
        }
        preset.set(spec);
        int index = Math.max(0, Math.min(focus, spec.runs().size() - 1));
        if (run.get() == index) {
            defaultAxes();
        }
        run.set(index);
    }

    /** Step size around the run's own and the run's own decay or warm-up time, or SGD seeds without one. */
    private void defaultAxes() {
        ExperimentSpec spec = preset.get();
        if (spec == null) {
            return;
        }
        xParameter.set(SweepParameter.STEP_SIZE);
        ScheduleSpec schedule = spec.runs().get(run.get()).schedule();
        boolean warmup = schedule.shape() == ScheduleSpec.Shape.LINEAR_WARMUP
                || schedule.shape() == ScheduleSpec.Shape.POWER_WARMUP
                || schedule.shape() == ScheduleSpec.Shape.EXPONENTIAL_WARMUP;
        SweepParameter y = warmup ? SweepParameter.WARMUP_UNTIL
                : !schedule.decays().isEmpty() ? SweepParameter.DECAY_AT : SweepParameter.INIT_SCALE;
        yParameter.set(y);
        xRange.set(defaultRange(SweepParameter.STEP_SIZE, true));
        yRange.set(defaultRange(y, false));
    }

    private String defaultRange(SweepParameter p, boolean x) {
        ExperimentSpec spec = preset.get();
        if (spec == null || p == null) {
            return "";
        }
        double own = p.valueIn(spec, run.get());
        return switch (p) {
            case STEP_SIZE -> stepSizeRange(own);
            case DECAY_AT -> "0.1 : 0.9 : 9";
            case WARMUP_UNTIL -> "0.05 : 0.6 : 12";
            case INIT_SCALE -> "0.25 : 4 : " + (x ? DEFAULT_STEPS_X : 5);
            case BATCH -> "1 : " + Math.min(spec.data().n(), 8) + " : " + Math.min(spec.data().n(), 8);
            case SGD_SEED, DATA_SEED -> "0 : 7 : 8";
        };
    }

    /**
     * From about 0.75 to 1.15 times the run's own step size (the window that bounces without diverging
     * is narrow) in {@value #DEFAULT_STEPS_X} round values (a step
     * of 1, 2 or 5 times a power of ten, the nearest to an even spread), so that the axis reads cleanly.
     */
    private static String stepSizeRange(double own) {
        double rough = own * 0.4 / (DEFAULT_STEPS_X - 1);
        double decade = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = decade;
        for (double m : new double[] {2, 5, 10}) {
            if (Math.abs(Math.log(m * decade / rough)) < Math.abs(Math.log(step / rough))) {
                step = m * decade;
            }
        }
        double lo = Math.max(step, Math.round(own * 0.75 / step) * step);
        BigDecimal first = BigDecimal.valueOf(lo).round(new MathContext(6));
        BigDecimal last = BigDecimal.valueOf(lo + step * (DEFAULT_STEPS_X - 1))
                .round(new MathContext(6));
        return first.stripTrailingZeros().toPlainString() + " : " + last.stripTrailingZeros().toPlainString() + " : "
                + DEFAULT_STEPS_X;
    }

    /**
     * Starts a sweep of the chosen run and axes; invalid choices set {@link #messageProperty()} and
     * start nothing.
     */
    public boolean start() {
        if (running.get()) {
            return false;
        }
        SweepSpec sweep;
        try {
            sweep = sweep();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        message.set("");
        SweepGrid fresh = new SweepGrid(sweep);
        grid = fresh;
        work.set(0);
        failure = null;
        finished = false;
        startNanos = System.nanoTime();
        running.set(true);
        synchronized (this) {
            stopRequested = false;
        }
        main.tasks().execute(() -> runSweep(sweep, fresh));
        return true;
    }

    private void runSweep(SweepSpec sweep, SweepGrid into) {
        try {
            synchronized (this) {
                if (stopRequested) {
                    return;
                }
                control = Thread.currentThread();
            }
            SweepRunner.allCores().run(sweep, Set.of(), into::add, work::set);
        } catch (InterruptedException e) {
            // stopped: the executor's thread goes back to its pool, cleared below
        } catch (RuntimeException e) {
            failure = "The sweep stopped: " + e.getMessage();
        } finally {
            synchronized (this) {
                control = null;
                Thread.interrupted(); // a stop that came as the sweep ended must not reach the next task
            }
            finished = true;
        }
    }

    /** The sweep the current choices describe. */
    SweepSpec sweep() {
        ExperimentSpec spec = preset.get();
        if (spec == null) {
            throw new IllegalArgumentException("no preset to sweep");
        }
        SweepAxis x = axis("x", xParameter.get(), xRange.get(), xLog.get());
        SweepAxis y = axis("y", yParameter.get(), yRange.get(), false);
        try {
            return new SweepSpec(spec, run.get(), x, y, seeds.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Sweep: " + e.getMessage());
        }
    }

    private static SweepAxis axis(String name, SweepParameter p, String range, boolean log) {
        if (p == null) {
            throw new IllegalArgumentException(name + ": choose a parameter");
        }
        try {
            return SweepAxis.parse(p.key() + "=" + range.replace(" ", "") + (log ? ":log" : ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " axis: " + e.getMessage());
        }
    }

    /** Stops a running sweep; the cells already finished stay on the map. */
    public synchronized void stop() {
        stopRequested = true;
        if (control != null) {
            control.interrupt();
        }
    }

    /**
     * Called once per frame: updates the progress line and the running flag; returns how many rows
     * the grid holds (the view redraws when that changes).
     */
    public int poll() {
        SweepGrid g = grid;
        if (g == null) {
            return 0;
        }
        int done = g.finished();
        int total = g.sweep().cellCount();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String eta = "";
        long w = work.get();
        if (!finished && w > 0) {
            double left = seconds * (g.sweep().plannedSteps() - w) / w;
            eta = ", about " + TimeEstimate.duration(Math.ceil(left)) + " left";
        }
        progress.set(String.format("%d of %d runs done%s", done, total, finished && done < total ? " (stopped)" : eta));
        if (finished && running.get()) {
            running.set(false);
            if (failure != null) {
                message.set(failure);
            }
        }
        return done;
    }

    /** Share of the sweep's planned work done, 0 to 1. */
    public double progressFraction() {
        SweepGrid g = grid;
        return g == null ? 0 : Math.min(1, work.get() / (double) Math.max(1, g.sweep().plannedSteps()));
    }

    /**
     * Opens grid point (i, j), with the first seed, live on the dashboard as side A beside the preset's
     * own run as side B (the same data and initialization), and plays both.
     */
    public boolean open(int i, int j) {
        SweepGrid g = grid;
        if (g == null) {
            return false;
        }
        SweepSpec sweep = g.sweep();
        ExperimentSpec cell = new SweepCell(sweep, i, j, 0).spec();
        RunSpec swept = cell.runs().get(0);
        RunSpec own = sweep.preset().runs().get(sweep.runIndex());
        String label = sweep.x().parameter().key() + "=" + number(sweep.x().value(i)) + ", "
                + sweep.y().parameter().key() + "=" + number(sweep.y().value(j));
        String lookFor = "Side A is the sweep's cell " + label + "; side B is the preset's own run \"" + own.label()
                + "\", on the same data from the same initialization.";
        ExperimentSpec base = sweep.preset();
        ExperimentSpec onCellData = new ExperimentSpec(base.name(), base.title(), base.description(), base.lookFor(),
                cell.model(), cell.data(), base.iterations(), base.evaluation(), base.metrics(), base.metricOptions(),
                base.initSeed(), base.runs());
        main.presetProperty().set(CompareSpec.pair(onCellData, new RunSpec("A: " + label, swept.optimizer(),
                swept.schedule()), new RunSpec("B: " + own.label(), own.optimizer(), own.schedule()), lookFor));
        main.play();
        return true;
    }

    /** A one-line readout of grid point (i, j) for {@code quantity}. */
    public String describe(int i, int j, String quantity) {
        SweepGrid g = grid;
        if (g == null) {
            return "";
        }
        SweepSpec s = g.sweep();
        String where = String.format("%s = %s, %s = %s", s.x().parameter().title(), number(s.x().value(i)),
                s.y().parameter().title(), number(s.y().value(j)));
        List<CellRow> rows = g.rows(i, j);
        if (rows.isEmpty()) {
            return where + ": still to run";
        }
        long diverged = rows.stream().filter(CellRow::diverged).count();
        String divergence = rows.size() == 1 ? "diverged at step " + rows.get(0).divergedAt()
                : diverged + " of " + rows.size() + " seeds diverged";
        String value = quantity.equals(SweepGrid.DIVERGED) || diverged == rows.size()
                ? (diverged == 0 ? "no seed diverged" : divergence)
                : QuantityNames.title(quantity).toLowerCase() + " " + number(g.value(quantity, i, j))
                + (diverged > 0 ? " (" + divergence + ")" : "");
        return where + ":  " + value;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "none" : Format.value(v);
    }

    /** The grid of the last sweep started, or null. */
    public SweepGrid grid() {
        return grid;
    }

    public ObjectProperty<ExperimentSpec> presetProperty() {
        return preset;
    }

    public IntegerProperty runProperty() {
        return run;
    }

    public ObjectProperty<SweepParameter> xParameterProperty() {
        return xParameter;
    }

    public StringProperty xRangeProperty() {
        return xRange;
    }

    public BooleanProperty xLogProperty() {
        return xLog;
    }

    public ObjectProperty<SweepParameter> yParameterProperty() {
        return yParameter;
    }

    public StringProperty yRangeProperty() {
        return yRange;
    }

    public IntegerProperty seedsProperty() {
        return seeds;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
