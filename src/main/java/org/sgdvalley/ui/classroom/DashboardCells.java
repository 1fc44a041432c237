package org.sgdvalley.ui.classroom;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.sgdvalley.ui.plot.PlotView;

/** The dashboard's grid and its named cells, as presenter view, the annotations and the glossary use them. */
public interface DashboardCells {
    /** The grid that holds the cells; presenter view rearranges it. */
    GridPane grid();

    /** The training (and test) loss over iterations. */
    PlotView lossPlot();

    /** The step-size schedule. */
    PlotView stepSizePlot();

    /** The chosen measure of sparsity (or sharpness). */
    PlotView sparsityPlot();

    /** The picture of the model itself. */
    Node modelPicture();

    /** The metric the sparsity plot shows. */
    ObjectProperty<String> sparsityMetricProperty();
}
