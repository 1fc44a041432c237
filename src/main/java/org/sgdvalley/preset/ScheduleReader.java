package org.sgdvalley.preset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.optim.ScheduleSpec.Shape;

/**
 * Reads a run's {@code schedule}: {@code constant | piecewise | linear-warmup | power-warmup |
 * exponential-warmup | cosine}, each type with its own keys.
 */
final class ScheduleReader {
    static final List<String> TYPES = List.of("constant", "piecewise", "linear-warmup", "power-warmup",
            "exponential-warmup", "cosine");
    private static final double MAX_STEP_SIZE = 1e6;
    private static final int MAX_DECAYS = 100;

    private ScheduleReader() {
    }

    /** The schedule spec of {@code schedule}, for a run of {@code iterations} steps. */
    static ScheduleSpec read(Field schedule, long iterations) {
        if (!schedule.has("type")) {
            schedule.mapping(List.of("type"));
        }
        String type = schedule.get("type", "one of " + String.join(", ", TYPES)).choice(TYPES);
        schedule.mapping(keys(type));
        Field stepField = schedule.get("step_size", "a number > 0");
        double stepSize = stepField.positive();
        if (stepSize > MAX_STEP_SIZE) {
            throw stepField.error("must be a number in (0, " + MAX_STEP_SIZE + "], got " + stepField.describe());
        }
        List<DecaySpec> decays = new ArrayList<>();
        if (type.equals("piecewise") || schedule.has("decays")) {
            for (Field decay : schedule.get("decays", "a list of {at: 0.5, factor: 2}").list(MAX_DECAYS)) {
                decays.add(RunReader.decay(decay, iterations));
            }
        }
        double factor = 1;
        double power = 1;
        if (type.endsWith("warmup")) {
            String expected = type.equals("power-warmup") ? "a number >= 0 (A of eta (1 + A (t/T)^p))"
                    : "a number > 0 (the factor F of the warm-up)";
            Field factorField = schedule.get("warmup_factor", expected);
            factor = type.equals("power-warmup") ? factorField.nonNegative() : factorField.positive();
        }
        if (type.equals("power-warmup")) {
            power = schedule.get("warmup_power", "a number > 0").positive();
        }
        double until = schedule.has("warmup_until") ? schedule.get("warmup_until", "").range(0, 1, true) : Double.NaN;
        Shape shape = Shape.valueOf(type.replace('-', '_').toUpperCase(Locale.ROOT));
        return new ScheduleSpec(shape, stepSize, decays, factor, power, until);
    }

    private static List<String> keys(String type) {
        return switch (type) {
            case "constant" -> List.of("type", "step_size");
            case "piecewise", "cosine" -> List.of("type", "step_size", "decays");
            case "power-warmup" -> List.of("type", "step_size", "decays", "warmup_factor", "warmup_power",
                    "warmup_until");
            default -> List.of("type", "step_size", "decays", "warmup_factor", "warmup_until");
        };
    }
}
