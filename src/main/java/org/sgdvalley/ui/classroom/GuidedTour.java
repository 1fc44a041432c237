package org.sgdvalley.ui.classroom;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The bundled presets in a teaching order, each with one or two sentences to say while it runs.
 * Index -1 means the tour is off. Usable without the toolkit.
 */
public final class GuidedTour {

    /** One stop: the preset to open, what to tell the class, and the view it is told on ({@code dashboard} or {@code valley}). */
    public record Stop(String preset, String say, String view) {
        /** A stop told on the dashboard. */
        public Stop(String preset, String say) {
            this(preset, say, "dashboard");
        }
    }

    /** The teaching order: from the smallest model that bounces to networks that learn sparse features. */
    public static final List<Stop> STOPS = List.of(
            new Stop("toy-quadratic", "The smallest model that bounces: with a large step size the iterate jumps "
                    + "from one side of the valley to the other and the loss stays in a band instead of going to zero. "
                    + "Halve the step and it drops at once."),
            new Stop("diag-valley-2d", "The valley seen from above: SGD bounces across the valley floor while it "
                    + "slides along it. The valley-floor loss keeps falling while the raw loss looks stuck.", "valley"),
            new Stop("diag-sgd-decay", "The headline experiment: the longer the large step is kept, the sparser the "
                    + "solution. Watch l0 fall while the loss is stuck, and the test loss after each decay."),
            new Stop("diag-gd-vs-sgd", "Gradient descent can bounce too (edge of stability), but gains little "
                    + "sparsity: it is the noise of SGD that regularizes."),
            new Stop("relu-1d-warmup", "A ReLU network on 12 points: a long warm-up to a large step gives a simpler "
                    + "fit with fewer kinks, lower rank and sparser features, at the same training loss."),
            new Stop("relu-teacher-student", "Neurons as arrows: with large steps the student neurons cluster onto "
                    + "the three teacher directions."),
            new Stop("relu-three-layer", "A deeper network: with large steps fewer neurons are active in both "
                    + "layers; the later the decay, the sparser the first layer and the lower the test loss."));

    private final List<Stop> stops;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);

    /** A tour over the stops whose preset is among {@code available}, in teaching order. */
    public GuidedTour(List<String> available) {
        this.stops = STOPS.stream().filter(s -> available.contains(s.preset())).toList();
    }

    public List<Stop> stops() {
        return stops;
    }

    /** The current stop's index, or -1 when the tour is off. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The current stop, or null when off. */
    public Stop current() {
        return index.get() < 0 ? null : stops.get(index.get());
    }

    /** Moves by {@code delta} stops, clamped; starts at the first stop when off. Returns the stop. */
    public Stop move(int delta) {
        if (stops.isEmpty()) {
            return null;
        }
        int next = index.get() < 0 ? 0 : Math.max(0, Math.min(stops.size() - 1, index.get() + delta));
        index.set(next);
        return current();
    }

    /**
     * Follows a preset opened some other way (1-9, the chooser): the tour moves to that preset's stop,
     * or ends when the preset is not on the tour.
     */
    public void follow(String preset) {
        if (!active()) {
            return;
        }
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).preset().equals(preset)) {
                index.set(i);
                return;
            }
        }
        end();
    }

    /** Ends the tour. */
    public void end() {
        index.set(-1);
    }

    public boolean active() {
        return index.get() >= 0;
    }
}
