package org.sgdvalley.preset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.model.ModelSpec.Init;

/** Reads the {@code model} section: {@code type: diagonal | toy | relu} and its fields. */
final class ModelReader {
    static final List<String> TYPES = List.of("diagonal", "toy", "relu");
    private static final List<String> INIT_KEYS = List.of("distribution", "scale");
    private static final List<String> RELU_INIT_KEYS = List.of("first_layer", "deeper_layers", "biases", "output");

    private ModelReader() {
    }

    /** The model spec of the {@code model} field. */
    static ModelSpec read(Field model) {
        if (!model.has("type")) {
            model.mapping(List.of("type"));
        }
        String type = model.get("type", "one of " + String.join(", ", TYPES)).choice(TYPES);
        return switch (type) {
            case "diagonal" -> diagonal(model);
            case "toy" -> toy(model);
            default -> relu(model);
        };
    }

    private static ModelSpec diagonal(Field model) {
        model.mapping(List.of("type", "init"));
        Field init = model.get("init", "a mapping {u: 0.1, v: 0.0}").mapping(List.of("u", "v"));
        return new ModelSpec.Diagonal(init.get("u", "a number").number(), init.get("v", "a number").number());
    }

    private static ModelSpec toy(Field model) {
        model.mapping(List.of("type", "theta0"));
        return new ModelSpec.Toy(model.get("theta0", "a number").number());
    }

    private static ModelSpec relu(Field model) {
        model.mapping(List.of("type", "hidden", "bias", "output_bias", "init"));
        List<Integer> hidden = hidden(model.get("hidden", "a list of layer widths, e.g. [100]"));
        boolean bias = model.get("bias", "true or false").bool();
        boolean outputBias = model.get("output_bias", "true or false").bool();
        Field init = model.get("init", "a mapping with keys " + String.join(", ", RELU_INIT_KEYS))
                .mapping(RELU_INIT_KEYS);
        Init first = init(init.get("first_layer", "{distribution: normal, scale: 1.0}"));
        Init deeper = hidden.size() > 1 ? init(init.get("deeper_layers", "{distribution: normal, scale: 1.0}"))
                : optionalInit(init, "deeper_layers", first);
        Init biases = bias || outputBias ? init(init.get("biases", "{distribution: normal, scale: 1.0}"))
                : optionalInit(init, "biases", new Init(Init.Distribution.CONSTANT, 0.0));
        Init output = init(init.get("output", "{distribution: normal, scale: 1.0}"));
        return new ModelSpec.Relu(hidden, bias, outputBias, first, deeper, biases, output);
    }

    static List<Integer> hidden(Field field) {
        List<Integer> widths = new ArrayList<>();
        for (Field width : field.list(Limits.MAX_LAYERS)) {
            widths.add((int) width.integer(1, Limits.MAX_SIZE));
        }
        return widths;
    }

    private static Init optionalInit(Field init, String key, Init fallback) {
        return init.has(key) ? init(init.get(key, "")) : fallback;
    }

    private static Init init(Field field) {
        field.mapping(INIT_KEYS);
        String distribution = field.get("distribution", "normal, sign or constant")
                .choice(List.of("normal", "sign", "constant"));
        double scale = field.get("scale", "a number >= 0").nonNegative();
        return new Init(Init.Distribution.valueOf(distribution.toUpperCase(Locale.ROOT)), scale);
    }

    /** Number of parameters of a ReLU network on d inputs (a double, so that it cannot overflow). */
    static double reluParameters(ModelSpec.Relu relu, int d) {
        double count = 0;
        double in = d;
        for (int width : relu.hidden()) {
            count += in * width + (relu.bias() ? width : 0);
            in = width;
        }
        return count + in + (relu.outputBias() ? 1 : 0);
    }
}
