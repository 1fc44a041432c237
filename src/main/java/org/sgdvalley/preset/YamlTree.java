package org.sgdvalley.preset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
