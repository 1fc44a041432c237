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
import org.sgdvalley.export.AtomicFiles;

/**
 * Reads and writes session files. A session file is a one-line JSON header
 * ({@code {"format":"sgd-valley-session","version":1,"sha256":...,"bytes":...}}) followed by the JSON
 * body that the header's SHA-256 covers. Reading checks the format name, the version, the length and
 * the checksum before parsing anything, so a foreign, damaged or cut-short file is refused whole with
 * a one-line {@link SessionException}, never half loaded. Writing goes through a temporary file renamed
 * into place.
 */
public final class SessionFile {
    /** The format name in every header. */
    public static final String FORMAT = "sgd-valley-session";
    /** The version this build writes and the newest it reads. */
    public static final int VERSION = 1;
    /** Largest session file read (parameters of the largest models fit well below). */
    static final long MAX_BYTES = 1L << 30;
    private static final int MAX_HEADER = 4096;

    private SessionFile() {
    }

    /**
     * Writes {@code session} to {@code file}; refuses to replace an existing file unless
     * {@code overwrite} ({@link java.nio.file.FileAlreadyExistsException}).
     */
    public static void write(Path file, ExperimentSession session, boolean overwrite) throws IOException {
        byte[] body = SessionJson.MAPPER.writeValueAsBytes(session);
        String header = "{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",\"sha256\":\"" + sha256(body)
                + "\",\"bytes\":" + body.length + "}\n";
        AtomicFiles.write(file, overwrite, out -> {
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
        });
    }

    /** Reads a session file, checking it whole first. */
    public static ExperimentSession read(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new SessionException(source, "is a folder, expected a session file");
        }
        if (!Files.isRegularFile(file)) {
            throw new SessionException(source, "no such session file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SessionException(source, "file is larger than " + (MAX_BYTES >> 20) + " MB, not a session");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readAllBytes();
            }
            return parse(bytes, source);
        } catch (IOException e) {
            throw new SessionException(source, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the bytes of a session file named {@code source} in messages. */
    public static ExperimentSession parse(byte[] bytes, String source) {
        int newline = indexOf(bytes, (byte) '\n', MAX_HEADER);
        JsonNode header = newline < 0 ? null : header(Arrays.copyOf(bytes, newline));
        if (header == null || !FORMAT.equals(header.path("format").asText())) {
            throw new SessionException(source, "not an SGD Valley session file");
        }
        int version = header.path("version").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new SessionException(source, "session format version " + header.path("version").asText()
                    + " is not supported, this build reads version 1 to " + VERSION);
        }
        byte[] body = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        if (header.path("bytes").asLong(-1) != body.length) {
            throw new SessionException(source, "damaged: expected " + header.path("bytes").asText()
                    + " bytes of content, found " + body.length + " (the file was cut short or changed)");
        }
        if (!sha256(body).equals(header.path("sha256").asText())) {
            throw new SessionException(source, "damaged: checksum mismatch (the file was changed after saving)");
        }
        try {
            ExperimentSession session = SessionJson.MAPPER.readValue(body, ExperimentSession.class);
            SessionCheck.check(session, source);
            return session;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new SessionException(source, "damaged: " + oneLine(e), e);
        } catch (IOException e) {
            throw new SessionException(source, "cannot read: " + oneLine(e), e);
        }
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
