package org.sgdvalley.preset;

import java.util.List;
import org.sgdvalley.engine.run.EvaluationPlan;

/** Reads {@code evaluation}: the paper's {@code {first, spaced, log}} or {@code {every}}. */
final class EvaluationReader {
    private EvaluationReader() {
    }

    static EvaluationPlan read(Field evaluation, long iterations) {
        evaluation.mapping(List.of("first", "spaced", "log", "every"));
        if (evaluation.has("every")) {
            if (evaluation.has("first") || evaluation.has("spaced") || evaluation.has("log")) {
                throw evaluation.error("either every, or first/spaced/log, not both");
            }
            Field everyField = evaluation.get("every", "");
            long every = everyField.integer(1, Math.max(1, iterations), "iterations=" + iterations);
            if (iterations / every + 2 > Limits.MAX_EVALUATIONS) {
                throw everyField.error("gives " + (iterations / every + 1) + " evaluation points, at most "
                        + Limits.MAX_EVALUATIONS + " allowed");
            }
            return EvaluationPlan.everySteps(every);
        }
        int first = (int) evaluation.get("first", "an integer >= 0 (iterations 0..first-1 are evaluated)")
                .integer(0, Limits.MAX_EVALUATIONS / 2);
        int spaced = (int) evaluation.get("spaced", "an integer >= 0 (further evenly spaced points)")
                .integer(0, Limits.MAX_EVALUATIONS / 2);
        boolean log = evaluation.has("log") && evaluation.get("log", "").bool();
        return new EvaluationPlan(first, spaced, log, 0);
    }
}
