package org.sgdvalley.engine.valley;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.edge.Edge;
import org.sgdvalley.engine.edge.EdgeFinder;
import org.sgdvalley.engine.edge.RunProbe;
import org.sgdvalley.engine.landscape.CrossSection;
import org.sgdvalley.engine.landscape.E3Landscape;
import org.sgdvalley.engine.landscape.GridEvaluator;
import org.sgdvalley.engine.landscape.LandscapeGrid;
import org.sgdvalley.engine.landscape.LandscapePlane;
import org.sgdvalley.engine.metric.MetricContext;
import org.sgdvalley.engine.metric.MetricRegistry;
import org.sgdvalley.engine.metric.Sharpness;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.Trajectory;

/**
 * The Valley tab's computations over a live session: the landscape grid, projected paths, sharpness
 * (and valley-floor loss when the preset does not record it) along each run's path, the cross-section
 * at the focused run's iterate, and the edge search. Results are published as immutable values in
 * volatile fields that the view reads once per frame; the worker never calls the UI.
 *
 * <p>It lives in the engine, not beside the view, because it computes only engine quantities and knows
 * nothing of JavaFX, files or presets: a headless caller could drive it as the window does. It runs on
 * an {@link Executor} it is given, in two sequential lanes (pictures, and the edge search, which takes
 * seconds of short runs and must not hold the pictures up). The latest request wins: a new session or
 * focus cancels the searches and grids computed for the old one. A task that fails goes to the failure
 * sink, never silently away; the next update tries again.
 */
public final class ValleyWorker implements AutoCloseable {
    /** Sharpness samples per run over its planned length. */
    static final int SAMPLES = 150;
    private static final int CROSS_SAMPLES = 161;
    /** Time one update may spend sampling one quantity; what is left waits for the next update. */
    private static final long SAMPLING_NANOS = 60_000_000L;
    private static final Samples NO_SAMPLES = new Samples(new long[0], new double[0]);

    /**
     * A computed landscape, the session it belongs to and the run whose iterate spans its plane
     * ({@code -1} when the plane does not depend on any run, as for the diagonal network's).
     */
    public record Landscape(long generation, int run, LandscapeGrid grid) {
    }

    /** An edge estimate, the session and the run it was searched for. */
    public record EdgeFound(long generation, int run, Edge edge) {
    }

    /** Plane coordinates of every run's thinned path and recent iterates. */
    public record Paths(long generation, List<float[]> a, List<float[]> b, List<float[]> recentA, List<float[]> recentB,
                 List<double[]> recentTheta, List<long[]> recentIterations) {
    }

    /** Samples of one quantity along a run's path. */
    public record Samples(long[] iterations, double[] values) {
    }

    /** Sharpness samples of every run of the session {@code generation}. */
    public record SharpnessSamples(long generation, List<Samples> runs) {
    }

    /** Valley-floor loss samples along the path of run {@code run}. */
    public record FloorSamples(int run, Samples samples) {
    }

    private final SerialLane pictures;
    /** Edge searches take seconds of short runs: in a lane of their own, so the pictures do not wait for them. */
    private final SerialLane edges;
    private final AtomicBoolean updating = new AtomicBoolean();
    /** Whether the last update left work undone (samples cut short by their time budget). */
    private volatile boolean behind;
    private long crossVersion = -1;
    private int crossFocus = -1;
    private final AtomicLong updatesRun = new AtomicLong();
    private volatile Session session;
    private volatile Model model;
    private volatile Landscape landscape;
    private volatile double landscapeProgress = Double.NaN;
    private volatile boolean landscapeWaits;
    private volatile Paths paths;
    private volatile CrossSection cross;
    private volatile SharpnessSamples sharpness = new SharpnessSamples(-1, List.of());
    private volatile FloorSamples valleyFloor;
    private volatile EdgeFound edge;
    private volatile double edgeProgress = Double.NaN;
    private volatile boolean cancelled;
    /** The session and run the edge is wanted for, set at once by the caller: older searches stop. */
    private volatile Session edgeSession;
    private volatile int edgeRun = -1;
    private double[] window;
    private long landscapeAt;
    private int lastFocus;
    private static final long REGROW_NANOS = 2_000_000_000L;
    private long[] pathVersions = new long[0];

    /**
     * A worker running its tasks on {@code executor} (any number of threads: the worker keeps its own
     * order) and handing every exception a task throws to {@code failures}, on the executor's thread.
     */
    public ValleyWorker(Executor executor, Consumer<RuntimeException> failures) {
        this.pictures = new SerialLane(executor, failures);
        this.edges = new SerialLane(executor, failures);
    }

    private void submit(Runnable task) {
        pictures.submit(task);
    }

    /** Switches to a session: forgets everything, computes the landscape and the edge of run {@code focus}. */
    public void show(Session newSession, int focus) {
        cancelled = true;
        submit(() -> {
            cancelled = false;
            session = newSession;
            Dataset data = newSession.experiment().data();
            model = newSession.spec().model().build(data.d());
            landscape = null;
            paths = null;
            cross = null;
            valleyFloor = null;
            window = null;
            pathVersions = new long[newSession.size()];
            sharpness = new SharpnessSamples(newSession.generation(),
                    Collections.nCopies(newSession.size(), NO_SAMPLES));
            computeLandscape(newSession, focus);
        });
        // forgotten here, not in the task above: a quick search on the edge thread could otherwise finish
        // before that task runs, and the task would throw the new edge away
        edge = null;
        edgeSession = newSession;
        edgeRun = focus;
        edgeProgress = 0;
        edges.submit(() -> findEdge(newSession, focus, null));
    }

    /**
     * Follows a new focused run: searches its edge from its current iterate, and recomputes the
     * landscape when its plane runs through the previously focused run's iterate.
     */
    public void focusMoved(int focus) {
        Session s = edgeSession;
        if (s == null) {
            return;
        }
        submit(() -> {
            Landscape l = landscape;
            if (s == session && l != null && l.run() >= 0 && l.run() != focus) {
                window = null;
                computeLandscape(s, focus);
            }
        });
        EdgeFound e = edge;
        if (e == null || e.generation() != s.generation() || e.run() != focus) {
            findEdge(focus);
        }
    }

    /** Recomputes the landscape plane and grid (for models other than the diagonal net, through the current iterates). */
    public void recomputeLandscape(int focus) {
        Session s = session;
        if (s != null) {
            submit(() -> {
                window = null;
                computeLandscape(s, focus);
            });
        }
    }

    /**
     * Asks for fresh paths, sharpness samples and cross-section if the last request is done; cheap to
     * call every frame. Returns whether the request was taken (false while the last one runs).
     */
    public boolean update(int focus) {
        Session s = session;
        if (s == null || !updating.compareAndSet(false, true)) {
            return false;
        }
        submit(() -> {
            try {
                if (s == session && !cancelled) {
                    updatesRun.incrementAndGet();
                    lastFocus = focus;
                    if (landscapeWaits) {
                        computeLandscape(s, focus);
                    }
                    updatePaths(s);
                    updateSamples(s, focus);
                    updateCross(s, focus);
                }
            } finally {
                updating.set(false);
            }
        });
        return true;
    }

    /** Searches the edge of the focused run from its current iterate, in the background. */
    public void findEdge(int focus) {
        Session s = edgeSession;
        if (s == null) {
            return;
        }
        double[] from = latestOrNull(s, focus);
        edgeRun = focus;
        edgeProgress = 0;
        edges.submit(() -> findEdge(s, focus, from));
    }

    /**
     * The run's newest iterates: its recent consecutive ones, or the tail of its thinned record when
     * that has gone further (at full speed a slice may record no recent iterate).
     */
    public static Trajectory.Points newest(Trajectory trajectory) {
        Trajectory.Points recent = trajectory.recent();
        Trajectory.Points all = trajectory.points();
        int n = all.size();
        if (n == 0 || recent.size() > 0 && recent.iterations()[recent.size() - 1] >= all.iterations()[n - 1]) {
            return recent;
        }
        int from = Math.max(0, n - Trajectory.RECENT);
        return new Trajectory.Points(Arrays.copyOfRange(all.iterations(), from, n),
                Arrays.copyOfRange(all.params(), from, n));
    }

    private static double[] latestOrNull(Session s, int run) {
        Trajectory.Points recent = newest(s.trajectory(run));
        return recent.size() == 0 ? null : recent.params()[recent.size() - 1];
    }

    private void findEdge(Session s, int focus, double[] from) {
        try {
            RunProbe probe = from == null ? new RunProbe(s.experiment(), focus, null, RunProbe.DEFAULT_STEPS)
                    : RunProbe.fromParams(s.experiment(), focus, from, RunProbe.DEFAULT_STEPS);
            double start = s.experiment().runs().get(focus).schedule().at(0);
            Edge found = EdgeFinder.find(probe, start, EdgeFinder.DEFAULT_TOLERANCE, p -> edgeProgress = p,
                    () -> s != edgeSession || focus != edgeRun);
            edge = new EdgeFound(s.generation(), focus, found);
        } catch (EdgeFinder.Cancelled e) {
            // a newer session or another run took over
        } finally {
            if (s == edgeSession && focus == edgeRun) {
                edgeProgress = Double.NaN;
            }
        }
    }

    private void computeLandscape(Session s, int focus) {
        if (model.parameterCount() < 2) {
            landscape = null;
            return;
        }
        double[] init = s.trajectory(0).points().params()[0];
        double[] current = latest(s, focus);
        double[] last = latest(s, s.size() - 1 == focus ? 0 : s.size() - 1);
        int run = E3Landscape.appliesTo(model, s.experiment().data()) ? -1 : focus;
        landscapeWaits = run >= 0 && !spansPlane(init, current, last);
        if (landscapeWaits) {
            landscape = null;
            return;
        }
        landscapeProgress = 0;
        try {
            LandscapePlane plane = E3Landscape.plane(model, s.experiment().data(), init, current, last);
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                for (double[] p : s.trajectory(i).points().params()) {
                    points.add(plane.project(p));
                }
            }
            window = E3Landscape.window(plane, points);
            LandscapeGrid grid = E3Landscape.grid(model, s.experiment().data(), plane, window,
                    p -> landscapeProgress = p, () -> cancelled || s != session);
            landscape = new Landscape(s.generation(), run, grid);
            landscapeAt = System.nanoTime();
            pathVersions = new long[s.size()];
        } catch (GridEvaluator.Cancelled e) {
            // a newer session took over
        } finally {
            landscapeProgress = Double.NaN;
        }
    }

    /**
     * Whether three points span a plane: both differences from the origin clearly nonzero and not
     * parallel (an angle above a thousandth of a radian). At step 0 the initialization, the focused
     * iterate and the other run's coincide, and just after it they lie nearly on one line.
     */
    static boolean spansPlane(double[] origin, double[] p1, double[] p2) {
        double scale = 1;
        double d11 = 0;
        double d22 = 0;
        double d12 = 0;
        for (int k = 0; k < origin.length; k++) {
            double a = p1[k] - origin[k];
            double b = p2[k] - origin[k];
            scale += origin[k] * origin[k];
            d11 += a * a;
            d22 += b * b;
            d12 += a * b;
        }
        double tiny = 1e-16 * scale;
        return d11 > tiny && d22 > tiny && d12 * d12 < (1 - 1e-6) * d11 * d22;
    }

    private static double[] latest(Session s, int index) {
        Trajectory.Points recent = newest(s.trajectory(index));
        return recent.size() > 0 ? recent.params()[recent.size() - 1] : s.trajectory(index).points().params()[0];
    }

    private void updatePaths(Session s) {
        Landscape l = landscape;
        LandscapePlane plane = l == null || l.generation() != s.generation() ? null : l.grid().plane();
        if (plane == null && model.parameterCount() >= 2) {
            return;
        }
        boolean changed = paths == null;
        for (int i = 0; i < s.size(); i++) {
            changed |= s.trajectory(i).version() != pathVersions[i];
        }
        if (!changed) {
            return;
        }
        List<float[]> as = new ArrayList<>();
        List<float[]> bs = new ArrayList<>();
        List<float[]> ras = new ArrayList<>();
        List<float[]> rbs = new ArrayList<>();
        List<double[]> thetas = new ArrayList<>();
        List<long[]> its = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            pathVersions[i] = s.trajectory(i).version();
            Trajectory.Points pts = s.trajectory(i).points();
            float[][] ab = plane == null ? new float[2][0] : project(plane, pts.params());
            as.add(ab[0]);
            bs.add(ab[1]);
            Trajectory.Points recent = s.trajectory(i).recent();
            float[][] rab = plane == null ? new float[2][0] : project(plane, recent.params());
            ras.add(rab[0]);
            rbs.add(rab[1]);
            thetas.add(firstCoordinate(recent.params()));
            its.add(recent.iterations());
        }
        paths = new Paths(s.generation(), as, bs, ras, rbs, thetas, its);
        if (plane != null && outgrown(l.grid(), as, bs) && System.nanoTime() - landscapeAt > REGROW_NANOS) {
            computeLandscape(s, lastFocus);
        }
    }

    /** Whether the paths reach far outside the grid's window (then the window, or plane, is redone). */
    private static boolean outgrown(LandscapeGrid grid, List<float[]> as, List<float[]> bs) {
        double wa = grid.aMax() - grid.aMin();
        double wb = grid.bMax() - grid.bMin();
        for (int i = 0; i < as.size(); i++) {
            float[] a = as.get(i);
            float[] b = bs.get(i);
            for (int k = 0; k < a.length; k++) {
                if (a[k] < grid.aMin() - 0.25 * wa || a[k] > grid.aMax() + 0.25 * wa
                        || b[k] < grid.bMin() - 0.25 * wb || b[k] > grid.bMax() + 0.25 * wb) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[] firstCoordinate(double[][] params) {
        double[] out = new double[params.length];
        for (int k = 0; k < params.length; k++) {
            out[k] = params[k][0];
        }
        return out;
    }

    private static float[][] project(LandscapePlane plane, double[][] params) {
        float[] a = new float[params.length];
        float[] b = new float[params.length];
        for (int k = 0; k < params.length; k++) {
            double[] ab = plane.project(params[k]);
            a[k] = (float) ab[0];
            b[k] = (float) ab[1];
        }
        return new float[][] {a, b};
    }

    /** Sharpness at new path points of every run (about {@value #SAMPLES} per run), valley floor of the focus. */
    private void updateSamples(Session s, int focus) {
        long every = Math.max(1, s.experiment().runs().get(0).schedule().totalSteps() / SAMPLES);
        Dataset data = s.experiment().data();
        List<Samples> next = new ArrayList<>(sharpness.runs());
        long deadline = System.nanoTime() + SAMPLING_NANOS;
        for (int i = 0; i < s.size() && System.nanoTime() < deadline; i++) {
            next.set(i, sampleAlong(s.trajectory(i).points(), next.get(i), every, deadline,
                    params -> Sharpness.topEigenpair(model, data, params).value()));
        }
        sharpness = new SharpnessSamples(s.generation(), List.copyOf(next));
        behind = System.nanoTime() >= deadline;
        if (s.history(focus).series("valley_loss") == null) {
            updateFloor(s, focus, every);
        }
    }

    private void updateFloor(Session s, int focus, long every) {
        FloorSamples shown = valleyFloor;
        Samples done = shown == null || shown.run() != focus ? NO_SAMPLES : shown.samples();
        long deadline = System.nanoTime() + SAMPLING_NANOS;
        var metric = MetricRegistry.find("valley_loss");
        double[] out = new double[1];
        valleyFloor = new FloorSamples(focus, sampleAlong(s.trajectory(focus).points(), done, every, deadline,
                params -> {
                    metric.evaluate(new MetricContext(model, s.experiment().data(), params, 0,
                            s.spec().metricOptions()), out, 0);
                    return out[0];
                }));
        behind |= System.nanoTime() >= deadline;
    }

    /**
     * {@code done} extended by {@code value} at the path points past its last iteration, one per
     * {@code every} iterations, until the deadline.
     */
    private static Samples sampleAlong(Trajectory.Points pts, Samples done, long every, long deadline,
                                       ToDoubleFunction<double[]> value) {
        int n = done.iterations().length;
        long nextAt = n == 0 ? 0 : (done.iterations()[n - 1] / every + 1) * every;
        long[] its = new long[pts.size()];
        double[] values = new double[pts.size()];
        int added = 0;
        for (int k = 0; k < pts.size() && System.nanoTime() < deadline; k++) {
            long t = pts.iterations()[k];
            if (t >= nextAt) {
                its[added] = t;
                values[added++] = value.applyAsDouble(pts.params()[k]);
                nextAt = (t / every + 1) * every;
            }
        }
        if (added == 0) {
            return done;
        }
        long[] t = Arrays.copyOf(done.iterations(), n + added);
        double[] v = Arrays.copyOf(done.values(), n + added);
        System.arraycopy(its, 0, t, n, added);
        System.arraycopy(values, 0, v, n, added);
        return new Samples(t, v);
    }

    private void updateCross(Session s, int focus) {
        long version = s.trajectory(focus).version();
        if (version == crossVersion && focus == crossFocus && cross != null) {
            return;
        }
        crossVersion = version;
        crossFocus = focus;
        Trajectory.Points recent = newest(s.trajectory(focus));
        if (recent.size() == 0) {
            return;
        }
        double[] current = recent.params()[recent.size() - 1];
        Sharpness.Eigenpair top = Sharpness.topEigenpair(model, s.experiment().data(), current);
        if (Double.isNaN(top.value())) {
            return;
        }
        cross = CrossSection.compute(model, s.experiment().data(), current, top, recent.params(), CROSS_SAMPLES);
    }

    /** Whether the last update left work undone, so another is due even if nothing moves. */
    public boolean behind() {
        return behind;
    }

    /** How many updates have run. */
    public long updatesRun() {
        return updatesRun.get();
    }

    /** The last landscape computed, or null. */
    public Landscape landscape() {
        return landscape;
    }

    /** Whether the landscape waits for the iterates to move apart (they span no plane yet). */
    public boolean landscapeWaits() {
        return landscapeWaits;
    }

    /** Fraction of the landscape computed, NaN when idle. */
    public double landscapeProgress() {
        return landscapeProgress;
    }

    /** Every run's path in the landscape plane, or null before the first update. */
    public Paths paths() {
        return paths;
    }

    /** The loss along the sharpest direction at the focused run's iterate, or null. */
    public CrossSection cross() {
        return cross;
    }

    /** Sharpness samples of every run so far. */
    public SharpnessSamples sharpness() {
        return sharpness;
    }

    /** Valley-floor loss samples of the focused run, when the preset does not record the metric. */
    public FloorSamples valleyFloor() {
        return valleyFloor;
    }

    /** The last edge found, with the session and run it belongs to, or null. */
    public EdgeFound edge() {
        return edge;
    }

    /** Fraction of the edge search done, NaN when idle. */
    public double edgeProgress() {
        return edgeProgress;
    }

    @Override
    public void close() {
        cancelled = true;
        edgeSession = null;
        pictures.close();
        edges.close();
    }
}
