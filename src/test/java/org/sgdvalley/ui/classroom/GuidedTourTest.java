package org.sgdvalley.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

class GuidedTourTest {

    @Test
    void everyBundledPresetIsOnTheTourOnceWithSomethingToSay() {
        GuidedTour tour = new GuidedTour(PresetCatalog.names());
        assertThat(tour.stops()).extracting(GuidedTour.Stop::preset)
                .containsExactlyInAnyOrderElementsOf(PresetCatalog.names());
        assertThat(tour.stops()).allMatch(s -> s.say().length() > 40 && s.say().split("\\. ").length <= 3);
        assertThat(tour.stops().get(0).preset()).isEqualTo("toy-quadratic");
    }

    @Test
    void movesWithinItsStopsFollowsOtherPresetsAndEnds() {
        GuidedTour tour = new GuidedTour(PresetCatalog.names());
        assertThat(tour.active()).isFalse();
        assertThat(tour.move(1).preset()).as("starts at the first stop").isEqualTo(tour.stops().get(0).preset());
        tour.move(-1);
        assertThat(tour.indexProperty().get()).isZero();
        for (int i = 0; i < 20; i++) {
            tour.move(1);
        }
        assertThat(tour.indexProperty().get()).isEqualTo(tour.stops().size() - 1);
        tour.follow("diag-sgd-decay");
        assertThat(tour.current().preset()).isEqualTo("diag-sgd-decay");
        tour.follow("diag-sgd-decay (A/B)");
        assertThat(tour.active()).isFalse();
    }
}
