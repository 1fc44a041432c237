package org.sgdvalley.ui.classroom;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Fits a picture into a frame of a chosen size, keeping its proportions, centred on a background. */
final class FrameScaler {
    private FrameScaler() {
    }

    /** The picture scaled to fit {@code width} x {@code height} (RGB, as GIF and PNG frames need). */
    static BufferedImage fit(BufferedImage picture, int width, int height, Color background) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double scale = Math.min((double) width / picture.getWidth(), (double) height / picture.getHeight());
            int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
            g.drawImage(picture, (width - w) / 2, (height - h) / 2, w, h, null);
        } finally {
            g.dispose();
        }
        return frame;
    }
}
