package org.sgdvalley.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.GroundTruth;
import org.sgdvalley.engine.data.SparseRegression;
import org.sgdvalley.engine.metric.Sharpness;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.preset.PresetCatalog;

class LandscapeTest {
    private final Experiment e3 = new Experiment(PresetCatalog.bundled("diag-valley-2d"));
    private final Dataset data = e3.data();
    private final Model model = e3.model();
    private final double[] init = e3.runs().get(0).params().clone();
    private final double[] betaStar = ((GroundTruth.SparseVector) data.truth()).betaStar();
    private final LandscapePlane plane = LandscapePlane.diagonal(init, betaStar,
            GradientFlow.endPoint(model, data, init, GradientFlow.STEP_SIZE, GradientFlow.STEPS));

    @Test
    void e3PlaneHasInitAtTheOriginAndTheTargetOnTheFirstAxis() {
        assertThat(plane.anchors().get(0).a()).isCloseTo(0, within(1e-12));
        assertThat(plane.anchors().get(0).b()).isCloseTo(0, within(1e-12));
        assertThat(plane.anchors().get(1).a()).isGreaterThan(0.5);
        assertThat(plane.anchors().get(1).b()).isCloseTo(0, within(1e-12));
        assertThat(plane.anchors().get(2).b()).isGreaterThan(0.01);
        double dot = 0;
        for (int j = 0; j < plane.dimension(); j++) {
            dot += plane.e1()[j] * plane.e2()[j];
        }
        assertThat(dot).isCloseTo(0, within(1e-12));
    }

    @Test
    void batchedAndLoopGridsEqualDirectLossesAtSampledPoints() {
        for (GridEvaluator.Method method : GridEvaluator.Method.values()) {
            LandscapeGrid grid = GridEvaluator.evaluate(model, data, plane, -0.5, 2.3, -0.5, 2.3, 100, 100, method,
                    p -> { }, () -> false);
            Rng rng = new Rng(5);
            double[] w = new double[plane.dimension()];
            int clipped = 0;
            for (int k = 0; k < 200; k++) {
                int row = (int) (rng.nextDouble() * 100);
                int col = (int) (rng.nextDouble() * 100);
                plane.point(grid.a(col), grid.b(row), w);
                double direct = model.loss(w, data.xTrain(), data.yTrain());
                if (direct >= grid.clip()) {
                    clipped++;
                    assertThat(grid.value(row, col)).isEqualTo(grid.clip());
                } else {
                    assertThat(grid.value(row, col)).as("%s at row %d col %d", method, row, col)
                            .isCloseTo(direct, within(1e-10 * Math.max(1, direct)));
                }
            }
            assertThat(clipped).as("some sampled points below the clip").isLessThan(200);
        }
    }

    /** By measurement: the plain loop up to E1's size and beyond, ND4J from 10^5 multiply-adds per point. */
    @Test
    void gridMethodFollowsTheWorkPerPoint() {
        Dataset e1 = SparseRegression.generate(80, 10, 200, 20, 0);
        Dataset large = SparseRegression.generate(500, 10, 200, 20, 0);
        assertThat(GridEvaluator.defaultMethod(new DiagonalNetwork(200, 0.1, 0), e1)).isEqualTo(GridEvaluator.Method.LOOP);
        assertThat(GridEvaluator.defaultMethod(new DiagonalNetwork(200, 0.1, 0), large))
                .isEqualTo(GridEvaluator.Method.BATCHED);
    }

    @Test
    void loopGridWorksForAnyModelOnThePlaneThroughThreePoints() {
        Experiment relu = new Experiment(PresetCatalog.bundled("relu-1d-warmup"));
        double[] a = relu.runs().get(0).params().clone();
        double[] b = a.clone();
        double[] c = a.clone();
        b[0] += 1;
        c[1] -= 2;
        LandscapePlane p = LandscapePlane.through(a, b, c, false);
        assertThat(p.project(c)[1]).isCloseTo(2, within(1e-12));
        LandscapeGrid grid = GridEvaluator.evaluate(relu.model(), relu.data(), p, -1, 1, -1, 1, 7, 5,
                GridEvaluator.Method.LOOP, x -> { }, () -> false);
        double[] w = new double[p.dimension()];
        p.point(grid.a(3), grid.b(2), w);
        assertThat(grid.value(2, 3)).isEqualTo(Math.min(grid.clip(),
                relu.model().loss(w, relu.data().xTrain(), relu.data().yTrain())));
    }

    @Test
    void projectionMapsSignFlippedDiagonalParametersToTheSamePoint() {
        double[] w = init.clone();
        w[3] = -0.4;
        double[] flipped = w.clone();
        flipped[3] = 0.4;
        assertThat(plane.project(w)).containsExactly(plane.project(flipped), within(0.0));
    }

    @Test
    void cancellingStopsTheGrid() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GridEvaluator.evaluate(model, data, plane, 0, 1, 0, 1,
                100, 100, GridEvaluator.Method.LOOP, p -> { }, () -> true))
                .isInstanceOf(GridEvaluator.Cancelled.class);
    }

    @Test
    void crossSectionDotsSitOnTheCurveAtTheirProjections() {
        Model diag = new ModelSpec.Diagonal(0.1, 0).build(data.d());
        double[] w = GradientFlow.endPoint(diag, data, init, 0.5, 200);
        double[][] recent = {init, w};
        var top = Sharpness.topEigenpair(diag, data, w);
        CrossSection cs = CrossSection.compute(diag, data, w, top, recent, 101);
        assertThat(cs.dotT()[1]).isCloseTo(0, within(1e-12));
        assertThat(cs.dotLoss()[1]).isCloseTo(diag.loss(w, data.xTrain(), data.yTrain()), within(1e-15));
        assertThat(cs.t()[0]).isLessThanOrEqualTo(-Math.abs(cs.dotT()[0]));
        assertThat(cs.sharpness()).isEqualTo(top.value());
        assertThat(diag).isInstanceOf(DiagonalNetwork.class);
    }
}
