package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Lines through decimated columns, drawn into the raster (the toolkit is needed for its image). */
@ExtendWith(ApplicationExtension.class)
class DataRasterTest {

    /**
     * A step size decayed at iteration 50, recorded as a flat stretch of two samples and a vertical
     * jump: the line stays flat up to the jump instead of sloping down from the first sample.
     */
    @Test
    void aJumpStaysAVerticalStep() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, DataRasterTest::drawAndCheckStep);
    }

    private static void drawAndCheckStep() {
        SeriesBuffer stepSize = new SeriesBuffer(8);
        stepSize.add(0, 1.0);
        stepSize.add(50, 1.0);
        stepSize.add(50, 0.2);
        stepSize.add(100, 0.2);
        Axis x = new Axis(AxisScale.LINEAR, new Range(0, 100), 0, 100);
        Axis y = new Axis(AxisScale.LINEAR, new Range(0, 1.2), 119, 0);
        ColumnDecimator decimator = new ColumnDecimator();
        decimator.decimate(stepSize, x, AxisScale.LINEAR);
        DataRaster raster = new DataRaster();
        raster.reset(100, 120, Color.WHITE);
        raster.line(decimator, y, Color.BLACK, 1, LineDash.SOLID);
        PixelReader pixels = raster.publish().getPixelReader();
        int high = (int) y.toPixel(1.0);
        int low = (int) y.toPixel(0.2);
        for (int column : new int[] {5, 25, 45}) {
            assertThat(pixels.getColor(column, high)).as("column %d at 1.0", column).isEqualTo(Color.BLACK);
            assertThat(pixels.getColor(column, (high + low) / 2)).as("column %d half way", column).isEqualTo(Color.WHITE);
        }
        assertThat(pixels.getColor(75, low)).isEqualTo(Color.BLACK);
    }
}
