package org.sgdvalley.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes frames as {@code name-0001.png, name-0002.png, ...} beside {@code name.png}, each file
 * atomically and with the export's text metadata; {@link #abort()} removes the frames written.
 */
public final class PngSequence implements FrameSink {
    private final Path base;
    private final Map<String, String> metadata;
    private final boolean overwrite;
    private final List<Path> written = new ArrayList<>();

    public PngSequence(Path target, Map<String, String> metadata, boolean overwrite) {
        this.base = target.toAbsolutePath().normalize();
        this.metadata = new java.util.LinkedHashMap<>(metadata);
        this.overwrite = overwrite;
    }

    /** The file of frame {@code index} (from 1). */
    public Path frame(int index) {
        String name = base.getFileName().toString();
        String stem = name.substring(0, name.length() - ".png".length());
        return base.resolveSibling(String.format("%s-%04d.png", stem, index));
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        Path file = frame(written.size() + 1);
        PngExporter.write(frame, metadata, file, overwrite);
        written.add(file);
    }

    @Override
    public void finish() throws IOException {
        if (written.isEmpty()) {
            throw new IOException("Cannot write " + frame(1) + ": no frames");
        }
    }

    @Override
    public void abort() {
        for (Path p : written) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // keep removing the others
            }
        }
        written.clear();
    }

    @Override
    public Path target() {
        return frame(1);
    }
}
