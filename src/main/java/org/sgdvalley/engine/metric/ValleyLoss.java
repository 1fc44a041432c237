package org.sgdvalley.engine.metric;

import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.Model;

/**
 * Valley-floor loss: the training loss after projecting the iterate onto the valley floor, that is
 * after {@link MetricOptions#valleySteps()} full-batch GD steps of size
 * {@link MetricOptions#valleyStepSize()} from a copy of the current point. NaN if the projection
 * goes non-finite. The gap between the raw loss and this one is the height at which SGD bounces.
 */
final class ValleyLoss implements Metric {

    @Override
    public boolean expensive() {
        return true;
    }

    @Override
    public String name() {
        return "valley_loss";
    }

    @Override
    public boolean appliesTo(Model model) {
        return true;
    }

    @Override
    public void evaluate(MetricContext context, double[] out, int offset) {
        MetricOptions options = context.options();
        out[offset] = valleyFloorLoss(context.model(), context.data(), context.params(), options.valleyStepSize(),
                options.valleySteps());
    }

    /** The training loss after {@code steps} GD steps of size {@code stepSize} from {@code params} (kept). */
    static double valleyFloorLoss(Model model, Dataset data, double[] params, double stepSize, int steps) {
        int n = data.n();
        if (n == 0 || !Sharpness.allFinite(params)) {
            return Double.NaN;
        }
        double[] theta = params.clone();
        double[] grad = new double[theta.length];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int s = 0; s < steps; s++) {
            double loss = model.sgdStep(theta, data.xTrain(), all, data.yTrain(), n, stepSize, grad);
            if (!Double.isFinite(loss)) {
                return Double.NaN;
            }
        }
        double loss = model.loss(theta, data.xTrain(), data.yTrain());
        return Double.isFinite(loss) ? loss : Double.NaN;
    }
}
