package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Direct labels pushed apart along y: no overlap, inside the data area, as near their lines as they can be. */
class DirectLabelsTest {

    private static final Rectangle2D AREA = new Rectangle2D(50, 20, 400, 200);
    private static final double ROW = 18;

    @Test
    void labelsFarApartStayAtTheirLines() {
        double[] y = DirectLabels.repel(new double[] {60, 150, 200}, ROW, AREA);
        assertThat(y).containsExactly(60, 150, 200);
    }

    @Test
    void labelsOfLinesEndingTogetherStackWithoutOverlapInsideTheArea() {
        double[] wanted = {215, 214, 216, 213, Double.NaN};
        double[] y = DirectLabels.repel(wanted, ROW, AREA);
        for (int i = 0; i < y.length; i++) {
            assertThat(y[i] - ROW / 2).isGreaterThanOrEqualTo(AREA.getMinY() - 0.5);
            assertThat(y[i] + ROW / 2).isLessThanOrEqualTo(AREA.getMaxY() + 0.5);
            for (int j = i + 1; j < y.length; j++) {
                assertThat(Math.abs(y[i] - y[j])).as("labels %d and %d", i, j).isGreaterThanOrEqualTo(ROW - 1);
            }
        }
        assertThat(y[4]).as("a line without data goes last, at the bottom").isCloseTo(AREA.getMaxY() - ROW / 2,
                within(1.0));
        assertThat(y[3]).as("the highest line keeps the highest label of the four").isLessThan(y[0]);
    }

    @Test
    void aLabelMovesOnlyBeyondTheTolerance() {
        assertThat(DirectLabels.movedFrom(new double[] {100, 140}, new double[] {103, 140}, 7)).isFalse();
        assertThat(DirectLabels.movedFrom(new double[] {100, 140}, new double[] {110, 140}, 7)).isTrue();
        assertThat(DirectLabels.movedFrom(new double[] {100}, new double[] {100, 140}, 7)).isTrue();
    }
}
