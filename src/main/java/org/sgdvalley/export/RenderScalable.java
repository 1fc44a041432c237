package org.sgdvalley.export;

/**
 * A node that draws into bitmaps of its own (such as a canvas) and can draw them at a higher resolution,
 * so that a snapshot at 2x or 3x stays sharp. {@link PngExporter} raises the scale of every such node in
 * the exported tree for the snapshot and restores it afterwards.
 */
public interface RenderScalable {

    /** Device pixels drawn per view pixel; 1 on screen. */
    double getRenderScale();

    /** Sets the device pixels drawn per view pixel and draws again. */
    void setRenderScale(double scale);
}
