package org.sgdvalley.engine.landscape;

import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.Model;

/** Gradient flow approximated by full-batch GD with a small step, as in E3 (eta = 0.03, 10,001 steps). */
public final class GradientFlow {
    /** The step size of E3's gradient flow. */
    public static final double STEP_SIZE = 0.03;
    /** The number of steps of E3's gradient flow. */
    public static final int STEPS = 10_001;

    private GradientFlow() {
    }

    /**
     * The end point of {@code steps} GD steps of size {@code stepSize} from {@code init}; stops early at
     * the last finite iterate if the loss stops being finite.
     */
    public static double[] endPoint(Model model, Dataset data, double[] init, double stepSize, int steps) {
        int n = data.n();
        double[] theta = init.clone();
        double[] previous = init.clone();
        double[] grad = new double[theta.length];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int s = 0; s < steps && n > 0; s++) {
            System.arraycopy(theta, 0, previous, 0, theta.length);
            double loss = model.sgdStep(theta, data.xTrain(), all, data.yTrain(), n, stepSize, grad);
            if (!Double.isFinite(loss)) {
                return previous;
            }
        }
        return theta;
    }
}
