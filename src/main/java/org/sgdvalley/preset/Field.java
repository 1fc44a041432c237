package org.sgdvalley.preset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A value of the preset tree together with its field path; every check fails with a
 * {@link PresetException} naming that path and what is allowed.
 */
final class Field {
    private static final int MAX_TEXT = 10_000;
    private final JsonNode value;
    private final String path;

    Field(JsonNode value, String path) {
        this.value = value;
        this.path = path;
    }

    String path() {
        return path;
    }

    /** An error at this field. */
    PresetException error(String problem) {
        return new PresetException(path, problem);
    }

    /** Requires a mapping whose keys are all in {@code allowed}. */
    Field mapping(List<String> allowed) {
        if (!value.isObject()) {
            throw error("must be a mapping with keys " + String.join(", ", allowed) + ", got " + describe());
        }
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                // an empty or blank key (YAML "? " or '': x) is shown quoted so the message still names it
                throw child(key.isBlank() ? "'" + key + "'" : key).error("unknown key, allowed: "
                        + String.join(", ", allowed));
            }
        }
        return this;
    }

    /** Whether this mapping has {@code key}. */
    boolean has(String key) {
        return value.has(key);
    }

    /** The required entry {@code key}, described as {@code expected} when missing. */
    Field get(String key, String expected) {
        if (!value.has(key)) {
            throw child(key).error("missing, expected " + expected);
        }
        return child(key);
    }

    private Field child(String key) {
        return new Field(value.path(key), path.isEmpty() ? key : path + "." + key);
    }

    /** The items of a list of 1 to {@code maxSize} entries. */
    List<Field> list(int maxSize) {
        if (!value.isArray() || value.isEmpty() || value.size() > maxSize) {
            throw error("must be a list of 1 to " + maxSize + " entries, got "
                    + (value.isArray() && value.size() > maxSize ? "a list of " + value.size() : describe()));
        }
        List<Field> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new Field(value.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    /** A non-blank string of at most 10,000 characters, with no control characters but line breaks and tabs. */
    String text() {
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
            throw error("must be a non-empty text of at most " + MAX_TEXT + " characters, got " + describe());
        }
        String text = value.asText();
        int bad = firstControl(text, true);
        if (bad >= 0) {
            throw error(String.format("must not hold control characters, got U+%04X at position %d", (int) text.charAt(bad),
                    bad + 1));
        }
        return text;
    }

    /** A non-blank single line of at most {@code maxLength} characters, with no control characters at all. */
    String line(int maxLength) {
        String text = text();
        if (text.length() > maxLength || firstControl(text, false) >= 0) {
            throw error("must be one line of at most " + maxLength + " characters without control characters, got "
                    + describe());
        }
        return text;
    }

    /**
     * The index of the first character that would move the cursor, end a line or reorder text where it
     * is printed (C0 and C1 controls, line and paragraph separators, bidirectional controls), or -1.
     */
    private static int firstControl(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowLineBreaks && (c == '\n' || c == '\t')) {
                continue;
            }
            int type = Character.getType(c);
            boolean bidi = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || bidi) {
                return i;
            }
        }
        return -1;
    }

    /** One of the {@code allowed} words. */
    String choice(List<String> allowed) {
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            throw error("must be one of " + String.join(", ", allowed) + ", got " + describe());
        }
        return value.asText();
    }

    boolean bool() {
        if (!value.isBoolean()) {
            throw error("must be true or false, got " + describe());
        }
        return value.asBoolean();
    }

    /** An integer in [min, max]; {@code maxName} (e.g. {@code d=200}) names the bound when it comes from another field. */
    long integer(long min, long max, String maxName) {
        boolean integral = value.isIntegralNumber() && value.canConvertToLong()
                || value.isFloatingPointNumber() && isWhole(value.asDouble());
        if (!integral || value.asLong() < min || value.asLong() > max) {
            throw error("must be an integer in [" + min + ", " + (maxName == null ? max : maxName) + "], got "
                    + describe());
        }
        return value.asLong();
    }

    /** An integer in [min, max]. */
    long integer(long min, long max) {
        return integer(min, max, null);
    }

    /** Any integer (seeds). */
    long seed() {
        return integer(Long.MIN_VALUE, Long.MAX_VALUE, "2^63-1");
    }

    private static boolean isWhole(double x) {
        return Double.isFinite(x) && x == Math.rint(x) && Math.abs(x) < 9.0e18;
    }

    /** A finite number. */
    double number() {
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw error("must be a finite number, got " + describe());
        }
        return value.asDouble();
    }

    /** A finite number &gt; 0. */
    double positive() {
        double x = numberOr("must be a number > 0");
        if (!(x > 0)) {
            throw error("must be a number > 0, got " + describe());
        }
        return x;
    }

    /** A finite number &gt;= 0. */
    double nonNegative() {
        double x = numberOr("must be a number >= 0");
        if (!(x >= 0)) {
            throw error("must be a number >= 0, got " + describe());
        }
        return x;
    }

    /** A finite number in [lo, hi] ({@code open} excludes lo). */
    double range(double lo, double hi, boolean open) {
        String rule = "must be a number in " + (open ? "(" : "[") + lo + ", " + hi + "]";
        double x = numberOr(rule);
        boolean aboveLow = open ? x > lo : x >= lo;
        if (!aboveLow || x > hi) {
            throw error(rule + ", got " + describe());
        }
        return x;
    }

    private double numberOr(String rule) {
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw error(rule + ", got " + describe());
        }
        return value.asDouble();
    }

    /** How the value reads in a message: numbers and words as written, containers by kind. */
    String describe() {
        if (value.isMissingNode() || value.isNull()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return value.isEmpty() ? "an empty list" : "a list";
        }
        if (value.isTextual()) {
            String s = value.asText();
            return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
        }
        return value.asText();
    }
}
