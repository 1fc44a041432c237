package org.sgdvalley.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Saves a node (one plot or a whole dashboard) as a PNG at 1x, 2x or 3x scale, with text metadata
 * such as the preset, the seeds and the step-size history.
 *
 * <p>Take the {@link #snapshot} on the JavaFX thread; {@link #write} may then run on any thread. Nodes that
 * implement {@link RenderScalable} are drawn at the snapshot's scale, so plots stay sharp.
 */
public final class PngExporter {

    private PngExporter() {
    }

    /**
     * Renders a picture of a node {@code scale} times its size: its drawings without the controls laid
     * over them (a chooser on a plot), each drawing at that scale.
     *
     * @param scale 1, 2 or 3
     * @throws IllegalStateException when not called on the JavaFX thread
     */
    public static WritableImage snapshot(Node node, int scale) {
        List<Control> shown = new ArrayList<>();
        collectControls(node, shown);
        shown.forEach(c -> c.setVisible(false));
        try {
            return screenshot(node, scale);
        } finally {
            shown.forEach(c -> c.setVisible(true));
        }
    }

    /**
     * Renders a node {@code scale} times its size as it is on screen, controls included (a screenshot of
     * the window), each drawing at that scale.
     *
     * @param scale 1, 2 or 3
     * @throws IllegalStateException when not called on the JavaFX thread
     */
    public static WritableImage screenshot(Node node, int scale) {
        if (scale < 1 || scale > 3) {
            throw new IllegalArgumentException("scale must be 1, 2 or 3, got " + scale);
        }
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a snapshot must be taken on the JavaFX thread");
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        List<RenderScalable> scalables = new ArrayList<>();
        collect(node, scalables);
        double[] before = new double[scalables.size()];
        for (int i = 0; i < before.length; i++) {
            before[i] = scalables.get(i).getRenderScale();
            scalables.get(i).setRenderScale(scale);
        }
        try {
            return node.snapshot(parameters, null);
        } finally {
            for (int i = 0; i < before.length; i++) {
                scalables.get(i).setRenderScale(before[i]);
            }
        }
    }

    /** The visible controls inside {@code node} whose visibility is not bound to something else. */
    private static void collectControls(Node node, List<Control> into) {
        if (!(node instanceof Parent parent)) {
            return;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Control control && control.isVisible() && !control.visibleProperty().isBound()) {
                into.add(control);
            } else {
                collectControls(child, into);
            }
        }
    }

    private static void collect(Node node, List<RenderScalable> into) {
        if (node instanceof RenderScalable scalable) {
            into.add(scalable);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /**
     * Writes an image as a PNG file atomically, with one text chunk per metadata entry (tEXt when the
     * value is Latin-1, iTXt in UTF-8 otherwise).
     *
     * @param metadata keywords (1-79 printable Latin-1 characters, no leading or trailing space) to values
     * @param overwrite whether an existing file may be replaced
     * @throws IOException with a short message naming the path when writing fails or the file exists
     */
    public static void write(Image image, Map<String, String> metadata, Path target, boolean overwrite) throws IOException {
        write(SwingFXUtils.fromFXImage(image, null), metadata, target, overwrite);
    }

    /** Like {@link #write(Image, Map, Path, boolean)}, for an image already in AWT form (any thread). */
    public static void write(BufferedImage buffered, Map<String, String> metadata, Path target, boolean overwrite)
            throws IOException {
        try (StagedFiles files = new StagedFiles(overwrite)) {
            stage(files, buffered, metadata, target);
            files.publish();
        }
    }

    /** Stages an image as a PNG file for {@code target} in a batch of outputs published together. */
    public static void stage(StagedFiles files, Image image, Map<String, String> metadata, Path target)
            throws IOException {
        stage(files, SwingFXUtils.fromFXImage(image, null), metadata, target);
    }

    /** Like {@link #stage(StagedFiles, Image, Map, Path)}, for an image already in AWT form (any thread). */
    public static void stage(StagedFiles files, BufferedImage buffered, Map<String, String> metadata, Path target)
            throws IOException {
        metadata.keySet().forEach(PngText::checkKeyword);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata iioMetadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(buffered), writer.getDefaultWriteParam());
            PngText.add(iioMetadata, metadata);
            files.stage(target, out -> {
                try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(buffered, null, iioMetadata), null);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    /** The text metadata of a PNG file, in file order. */
    public static Map<String, String> readMetadata(Path png) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(png.toFile())) {
            if (stream == null) {
                throw new IOException("Cannot read " + png);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException("Not an image: " + png);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, false);
                return PngText.read(reader.getImageMetadata(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
