package org.sgdvalley.session;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.export.StagedFiles;
import org.sgdvalley.preset.PresetException;
import org.sgdvalley.preset.PresetLoader;

/**
 * Reads and writes session files. A session file is a one-line JSON header
 * ({@code {"format":"sgd-valley-session","version":1,"sha256":...,"bytes":...}}) followed by the JSON
 * body that the header's SHA-256 covers. Reading checks the format name, the version, the length and
 * the checksum before parsing anything, so a foreign, damaged or cut-short file is refused whole with
 * a one-line {@link SessionException}, never half loaded. Writing goes through a temporary file put in
 * place whole.
 */
public final class SessionFile {
    /** The format name in every header. */
    public static final String FORMAT = "sgd-valley-session";
    /** The version this build writes and the newest it reads. */
    public static final int VERSION = 1;
    /** Largest session file read (parameters of the largest models fit well below). */
    static final long MAX_BYTES = 1L << 30;
    private static final int MAX_HEADER = 4096;
    private static final int READING_FACTOR = 4;
    private static final double HEAP_SHARE = 0.8;

    private SessionFile() {
    }

    /**
     * Writes {@code session} to {@code file}; refuses to replace an existing file unless
     * {@code overwrite} ({@link java.nio.file.FileAlreadyExistsException}).
     */
    public static void write(Path file, ExperimentSession session, boolean overwrite) throws IOException {
        try (StagedFiles files = new StagedFiles(overwrite)) {
            stage(files, file, session);
            files.publish();
        }
    }

    /** Stages {@code session} as {@code file} in a batch of outputs published together. */
    public static void stage(StagedFiles files, Path file, ExperimentSession session) throws IOException {
        byte[] body = SessionJson.MAPPER.writeValueAsBytes(session);
        String header = "{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",\"sha256\":\"" + sha256(body)
                + "\",\"bytes\":" + body.length + "}\n";
        files.stage(file, out -> {
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
        });
    }

    /**
     * Reads a session file, checking it whole first: the header and the file's size before the body is
     * read (a body that would not fit the heap is refused unread), then the checksum, then every field.
     */
    public static ExperimentSession read(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new SessionException(source, "is a folder, expected a session file");
        }
        if (!Files.isRegularFile(file)) {
            throw new SessionException(source, "no such session file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] start = in.readNBytes((int) Math.min(size, MAX_HEADER));
            int newline = indexOf(start, (byte) '\n', start.length);
            JsonNode header = newline < 0 ? null : header(Arrays.copyOf(start, newline));
            long declared = bodyLength(header, source);
            if (declared != size - newline - 1) {
                throw cut(source, declared, size - newline - 1);
            }
            requireHeapFor(declared, source);
            byte[] body = new byte[(int) declared];
            int head = start.length - newline - 1;
            System.arraycopy(start, newline + 1, body, 0, head);
            if (in.readNBytes(body, head, body.length - head) != body.length - head) {
                throw cut(source, declared, head);
            }
            return parseBody(body, header, source);
        } catch (IOException e) {
            throw new SessionException(source, "cannot read: " + oneLine(e), e);
        }
    }

    /** Parses the bytes of a session file named {@code source} in messages. */
    public static ExperimentSession parse(byte[] bytes, String source) {
        int newline = indexOf(bytes, (byte) '\n', MAX_HEADER);
        JsonNode header = newline < 0 ? null : header(Arrays.copyOf(bytes, newline));
        long declared = bodyLength(header, source);
        byte[] body = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        if (declared != body.length) {
            throw cut(source, declared, body.length);
        }
        return parseBody(body, header, source);
    }

    /** The body length the header declares, once its format and version are known to be ours. */
    private static long bodyLength(JsonNode header, String source) {
        if (header == null || !FORMAT.equals(header.path("format").asText())) {
            throw new SessionException(source, "not an SGD Valley session file");
        }
        JsonNode version = header.path("version");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1
                || version.asInt() > VERSION) {
            throw new SessionException(source, "session format version " + PresetException.oneLine(version.toString())
                    + " is not supported, this build reads the integer versions 1 to " + VERSION);
        }
        JsonNode bytes = header.path("bytes");
        if (!bytes.isIntegralNumber() || !bytes.canConvertToLong() || bytes.asLong() < 0
                || bytes.asLong() > MAX_BYTES) {
            throw new SessionException(source, "damaged: the header's length is not an integer in [0, " + MAX_BYTES
                    + "]");
        }
        return bytes.asLong();
    }

    private static SessionException cut(String source, long declared, long found) {
        return new SessionException(source, "damaged: expected " + declared + " bytes of content, found " + found
                + " (the file was cut short or changed)");
    }

    /** Refuses a body whose reading (bytes, text, decoded arrays: about four times its size) would not fit the heap. */
    private static void requireHeapFor(long bodyBytes, String source) {
        long heap = Runtime.getRuntime().maxMemory();
        if (READING_FACTOR * bodyBytes > HEAP_SHARE * heap) {
            throw new SessionException(source, String.format(Locale.ROOT, "a session of %,d MB needs about "
                    + "%,d MB of memory to read, more than this Java heap allows (%,d MB maximum); give Java more memory "
                    + "with -Xmx", bodyBytes >> 20, READING_FACTOR * bodyBytes >> 20, heap >> 20));
        }
    }

    private static ExperimentSession parseBody(byte[] body, JsonNode header, String source) {
        if (!sha256(body).equals(header.path("sha256").asText())) {
            throw new SessionException(source, "damaged: checksum mismatch (the file was changed after saving)");
        }
        ExperimentSession session;
        try {
            session = SessionJson.MAPPER.readValue(body, ExperimentSession.class);
        } catch (JacksonException e) {
            throw new SessionException(source, "damaged: " + SessionJson.describe(e), e);
        } catch (IOException | RuntimeException e) {
            throw new SessionException(source, "damaged: " + oneLine(e), e);
        }
        SessionCheck.require(session.spec() != null, source, "the experiment spec is missing");
        ExperimentSpec spec;
        try {
            spec = PresetLoader.check(session.spec());
        } catch (PresetException e) {
            throw new SessionException(source, "refused: spec." + e.getMessage());
        }
        ExperimentSession checked = new ExperimentSession(spec, session.runs());
        SessionCheck.check(checked, source);
        return checked;
    }

    private static JsonNode header(byte[] line) {
        try {
            JsonNode node = SessionJson.MAPPER.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int limit) {
        for (int i = 0; i < Math.min(bytes.length, limit); i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String oneLine(Exception e) {
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        String text = message == null ? e.getClass().getSimpleName() : message.strip();
        int end = text.indexOf('\n');
        text = end < 0 ? text : text.substring(0, end);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
