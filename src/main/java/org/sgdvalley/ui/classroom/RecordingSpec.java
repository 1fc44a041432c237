package org.sgdvalley.ui.classroom;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What to record: an animation of {@code frames} pictures, {@code width} x {@code height} pixels, spread
 * evenly over the first {@code steps} iterations (the first picture at the start, the last after
 * {@code steps}), played at {@code fps}. A target ending in .gif gives an animated GIF, one ending in
 * .png a numbered PNG sequence.
 */
public record RecordingSpec(Path target, int frames, double fps, int width, int height, long steps, boolean overwrite) {
    /** Frames, frame rate and size when none are given. */
    public static final int DEFAULT_FRAMES = 40;
    public static final double DEFAULT_FPS = 10;
    public static final int DEFAULT_WIDTH = 960;
    public static final int DEFAULT_HEIGHT = 600;
    static final int MAX_FRAMES = 2000;
    static final int MAX_SIDE = 4000;

    /** Checks every field; messages name the option a user would fix. */
    public RecordingSpec {
        String name = target == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".gif") && !name.endsWith(".png")) {
            throw new IllegalArgumentException("--record: must be a file name ending in .gif or .png, got " + target);
        }
        if (frames < 2 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException("--frames: must be an integer in [2, " + MAX_FRAMES + "], got " + frames);
        }
        if (!(fps > 0 && fps <= 50)) {
            throw new IllegalArgumentException("--fps: must be in (0, 50], got " + fps);
        }
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("--size: width and height must be in [16, " + MAX_SIDE + "], got "
                    + width + "x" + height);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("--after-steps: must be >= 1, got " + steps);
        }
    }

    /** Parses "WIDTHxHEIGHT" into {width, height}. */
    public static int[] parseSize(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--size: must be WIDTHxHEIGHT such as 960x600, got " + text);
    }

    /** The iteration at which frame {@code k} (from 0) is taken. */
    public long iterationOf(int k) {
        return Math.round((double) steps * k / (frames - 1));
    }

    /** Whether the output is a GIF (else a PNG sequence). */
    public boolean gif() {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif");
    }
}
