package org.sgdvalley.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes frames as {@code name-0001.png, name-0002.png, ...} beside {@code name.png}, each with the
 * export's text metadata. The frames are staged as they come and published together by
 * {@link #finish()}: the sequence appears whole or not at all; {@link #abort()} removes what was staged.
 */
public final class PngSequence implements FrameSink {
    private final Path base;
    private final Map<String, String> metadata;
    private final StagedFiles frames;
    private int count;

    public PngSequence(Path target, Map<String, String> metadata, boolean overwrite) {
        this.base = target.toAbsolutePath().normalize();
        this.metadata = new LinkedHashMap<>(metadata);
        this.frames = new StagedFiles(overwrite);
    }

    /** The file of frame {@code index} (from 1). */
    public Path frame(int index) {
        String name = base.getFileName().toString();
        String stem = name.substring(0, name.length() - ".png".length());
        return base.resolveSibling(String.format("%s-%04d.png", stem, index));
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        PngExporter.stage(frames, frame, metadata, frame(count + 1));
        count++;
    }

    @Override
    public void finish() throws IOException {
        try {
            if (count == 0) {
                throw new IOException("Cannot write " + frame(1) + ": no frames");
            }
            frames.publish();
        } finally {
            frames.close();
        }
    }

    @Override
    public void abort() {
        frames.close();
    }

    @Override
    public Path target() {
        return frame(1);
    }
}
