package org.sgdvalley.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF frame by frame with the JDK's GIF writer: the frame delay and endless looping
 * go into each frame's metadata (graphic control extension, NETSCAPE2.0 application extension). The
 * file is written beside the target under a temporary name and moved into place by {@link #finish()}.
 */
public final class GifWriter implements FrameSink {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private final Path target;
    private final boolean overwrite;
    private final Path temp;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int delayCentis;
    private boolean first = true;

    /** Starts a GIF at {@code fps} frames per second (the format counts in hundredths of a second). */
    public GifWriter(Path target, double fps, boolean overwrite) throws IOException {
        if (!(fps > 0 && fps <= 100)) {
            throw new IllegalArgumentException("frame rate: must be in (0, 100] frames per second, got " + fps);
        }
        this.target = target.toAbsolutePath().normalize();
        this.overwrite = overwrite;
        if (!overwrite && Files.exists(this.target)) {
            throw new FileAlreadyExistsException(this.target.toString(), null, "file exists, not overwriting");
        }
        this.delayCentis = Math.max(1, (int) Math.round(100 / fps));
        this.temp = StagedFiles.newTemp(this.target);
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            this.out = ImageIO.createImageOutputStream(temp.toFile());
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
        } catch (IOException e) {
            TempFiles.remove(temp);
            throw StagedFiles.failed(this.target, e);
        } catch (RuntimeException e) {
            TempFiles.remove(temp);
            throw e;
        }
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        configure(metadata);
        try {
            writer.writeToSequence(new IIOImage(frame, null, metadata), param);
        } catch (IOException e) {
            throw StagedFiles.failed(target, e);
        }
        first = false;
    }

    private void configure(IIOMetadata metadata) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            child(root, "ApplicationExtensions").appendChild(app);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void finish() throws IOException {
        if (first) {
            abort();
            throw new IOException("Cannot write " + target + ": no frames");
        }
        try {
            writer.endWriteSequence();
            out.close();
        } catch (IOException e) {
            abort();
            throw StagedFiles.failed(target, e);
        } finally {
            writer.dispose();
        }
        AtomicFiles.commit(temp, target, overwrite);
    }

    @Override
    public void abort() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the temporary file goes anyway
        }
        writer.dispose();
        TempFiles.remove(temp);
    }

    @Override
    public Path target() {
        return target;
    }
}
