package org.sgdvalley.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the frames of an animation go: an animated GIF or a numbered PNG sequence. Frames are added
 * in order from one thread; {@link #finish()} makes the result visible, {@link #abort()} removes what
 * was written.
 */
public interface FrameSink {

    /** Appends one frame. */
    void add(BufferedImage frame) throws IOException;

    /** Completes the output (for a GIF: moves it into place). */
    void finish() throws IOException;

    /** Gives up and removes partial output; never throws. */
    void abort();

    /** The file (GIF) or the first file (PNG sequence) written. */
    Path target();

    /**
     * A sink for {@code target}: a name ending in .gif gives an animated GIF, one ending in .png a
     * numbered sequence {@code name-0001.png, name-0002.png, ...} beside it.
     *
     * @param fps frames per second of the GIF
     * @param metadata text written into every PNG of a sequence
     */
    static FrameSink open(Path target, double fps, Map<String, String> metadata, boolean overwrite) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gif")) {
            return new GifWriter(target, fps, overwrite);
        }
        if (name.endsWith(".png")) {
            return new PngSequence(target, metadata, overwrite);
        }
        throw new IllegalArgumentException("an animation must end in .gif (animated GIF) or .png (numbered PNG "
                + "sequence), got " + target.getFileName());
    }
}
