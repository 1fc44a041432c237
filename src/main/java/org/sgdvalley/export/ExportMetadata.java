package org.sgdvalley.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.engine.run.StepSizeChange;

/**
 * The text written into every exported PNG, so a figure on a slide says how to reproduce it: the
 * preset, the seeds and the step-size history each run actually used.
 */
public final class ExportMetadata {
    private ExportMetadata() {
    }

    /**
     * Metadata of an export.
     *
     * @param changes   the live step-size changes of each run, in run order
     * @param iteration the iterations done when the picture was taken
     */
    public static Map<String, String> of(ExperimentSpec spec, List<List<StepSizeChange>> changes, long iteration) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Software", "SGD Valley");
        meta.put("Title", spec.title());
        meta.put("Preset", spec.name());
        meta.put("Iteration", Long.toString(iteration));
        meta.put("Seeds", seeds(spec));
        meta.put("Step-size history", history(spec, changes));
        return meta;
    }

    private static String seeds(ExperimentSpec spec) {
        String runs = spec.runs().stream().map(r -> r.label() + "=" + r.optimizer().seed())
                .collect(Collectors.joining(", "));
        return "init=" + spec.initSeed() + ", data=" + dataSeed(spec.data()) + ", sgd: " + runs;
    }

    private static String dataSeed(DataSpec data) {
        if (data instanceof DataSpec.Sparse s) {
            return Long.toString(s.seed());
        }
        if (data instanceof DataSpec.Teacher t) {
            return Long.toString(t.seed());
        }
        if (data instanceof DataSpec.Toy t) {
            return Long.toString(t.seed());
        }
        return "none";
    }

    private static String history(ExperimentSpec spec, List<List<StepSizeChange>> changes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < spec.runs().size(); i++) {
            RunSpec run = spec.runs().get(i);
            text.append(run.label()).append(": ").append(run.schedule().shape().name().toLowerCase())
                    .append(" eta=").append(run.schedule().stepSize());
            run.schedule().decays().forEach(d -> text.append(", /").append(d.factor()).append(" at ")
                    .append(Double.isNaN(d.fraction()) ? "step " + d.iteration() : d.fraction() * 100 + "%"));
            List<StepSizeChange> live = i < changes.size() ? changes.get(i) : List.of();
            live.forEach(c -> text.append("; set to ").append(c.stepSize()).append(" at step ").append(c.iteration()));
            text.append('\n');
        }
        return text.toString().strip();
    }
}
