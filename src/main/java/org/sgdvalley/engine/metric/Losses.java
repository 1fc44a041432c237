package org.sgdvalley.engine.metric;

import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.sgdvalley.engine.model.Model;

/** train_loss and test_loss: the model's mean loss over the training or the test set. */
final class Losses {
    private Losses() {
    }

    static Metric train() {
        return new Simple("train_loss", m -> true,
                c -> c.model().loss(c.params(), c.data().xTrain(), c.data().yTrain()));
    }

    static Metric test() {
        return new Simple("test_loss", m -> true,
                c -> c.model().loss(c.params(), c.data().xTest(), c.data().yTest()));
    }

    /** A metric of one column computed by a function. */
    record Simple(String name, Predicate<Model> applies,
                  ToDoubleFunction<MetricContext> value) implements Metric {
        @Override
        public boolean appliesTo(Model model) {
            return applies.test(model);
        }

        @Override
        public void evaluate(MetricContext context, double[] out, int offset) {
            out[offset] = value.applyAsDouble(context);
        }
    }
}
