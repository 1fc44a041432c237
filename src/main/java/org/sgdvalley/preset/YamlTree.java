package org.sgdvalley.preset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads preset bytes into a JSON tree with hard limits, so that no file can exhaust memory or time:
 * at most {@link #MAX_BYTES} bytes of UTF-8, one document, few aliases and a shallow nesting.
 */
final class YamlTree {
    /** Largest preset file accepted. */
    static final int MAX_BYTES = 1 << 20;
    private static final int MAX_DEPTH = 12;
    private static final int MAX_ALIASES = 5;
    private static final ObjectMapper MAPPER = new ObjectMapper(factory());
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)");

    private YamlTree() {
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_BYTES).maxNumberLength(100).build());
        return factory;
    }

    /** Parses the bytes of {@code source} (a file or resource name, used in messages). */
    static JsonNode parse(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw new PresetException(source, "file is larger than 1 MB (" + bytes.length + " bytes)");
        }
        String text = decode(bytes, source);
        rejectHiddenMeanings(text, source);
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new PresetException(source, "the file is empty, expected a YAML mapping of preset keys");
            }
            if (parser.nextToken() != null) {
                throw new PresetException(source, "more than one YAML document; a preset is a single document");
            }
            return root;
        } catch (JacksonException e) {
            String field = numberField(e);
            if (field != null) {
                throw new PresetException(field, "must be a finite number, got " + firstLine(e)
                        .replaceFirst("^Malformed numeric value ", "") + " (NaN and infinity are not allowed)");
            }
            throw new PresetException(source, "invalid YAML" + where(e.getLocation()) + ": " + firstLine(e));
        } catch (IOException e) {
            throw new PresetException(source, "cannot read: " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PresetException(source, "not UTF-8 text; save the preset as UTF-8");
        }
    }

    /**
     * The field path ({@code runs[0].schedule.step_size}) of a number the YAML parser could not read,
     * such as {@code .nan} or {@code .inf}, or null for other errors.
     */
    private static String numberField(JacksonException e) {
        if (!(e.getProcessor() instanceof JsonParser parser) || e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith("Malformed numeric value")) {
            return null;
        }
        return path(parser.getParsingContext());
    }

    /**
     * Refuses anchors ({@code &a}), aliases ({@code *a}) and explicit tags ({@code !!python/object}):
     * presets are plain trees, and a reference or a type tag could only hide a bomb or a trick. Refuses
     * integers that YAML 1.1 reads in another base too.
     */
    private static void rejectHiddenMeanings(String text, String source) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            YAMLParser yaml = (YAMLParser) parser;
            while (parser.nextToken() != null) {
                String what = yaml.isCurrentAlias() ? "an alias (*" + parser.getText() + ")"
                        : yaml.getObjectId() != null ? "an anchor (&" + yaml.getObjectId() + ")"
                        : yaml.getTypeId() != null ? "a tag (!" + yaml.getTypeId() + ")" : null;
                if (what != null) {
                    JsonStreamContext context = parser.currentToken().isStructStart()
                            ? parser.getParsingContext().getParent() : parser.getParsingContext();
                    String path = path(context);
                    throw new PresetException(path == null || path.isBlank() ? source : path, "uses " + what
                            + "; anchors, aliases and tags are not allowed in presets, write the value out");
                }
                rejectNonDecimal(parser, source);
            }
        } catch (IOException e) {
            // syntax errors are reported by the parse that follows, with their position
        }
    }

    /**
     * Refuses an integer not written in plain decimal digits: YAML 1.1 reads {@code 010} as 8 and
     * {@code 0x10} as 16, so a seed or a number of iterations would silently change.
     */
    private static void rejectNonDecimal(JsonParser parser, String source) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && !DECIMAL.matcher(parser.getText()).matches()) {
            String path = path(parser.getParsingContext());
            throw new PresetException(path == null ? source : path, "must be an integer written in decimal digits "
                    + "without a leading 0, 0x, 0o, 0b, _ or :, got " + parser.getText()
                    + " (YAML 1.1 would not read it as the decimal number it looks like)");
        }
    }

    private static String path(JsonStreamContext context) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + (c.getCurrentName().isBlank() ? "'" + c.getCurrentName() + "'" : c.getCurrentName()));
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("").strip()
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^>]*\\)>", "a YAML $1");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
