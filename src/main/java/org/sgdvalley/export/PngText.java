package org.sgdvalley.export;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

/** Reads and writes PNG text chunks (tEXt, iTXt) through the ImageIO native PNG metadata tree. */
final class PngText {

    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngText() {
    }

    /** Rejects keywords the PNG specification does not allow. */
    static void checkKeyword(String keyword) {
        boolean ok = keyword != null && !keyword.isEmpty() && keyword.length() <= 79
                && keyword.equals(keyword.strip()) && !keyword.contains("  ") && isLatin1(keyword)
                && keyword.chars().allMatch(ch -> ch >= 32 && ch != 127 && !(ch > 126 && ch < 161));
        if (!ok) {
            throw new IllegalArgumentException("invalid PNG metadata keyword: \"" + keyword + "\"");
        }
    }

    /** Adds one text chunk per entry to the metadata. */
    static void add(IIOMetadata metadata, Map<String, String> entries) throws IIOInvalidTreeException {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode international = new IIOMetadataNode("iTXt");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue();
            if (isLatin1(value)) {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("value", value);
                text.appendChild(entry);
            } else {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", value);
                international.appendChild(entry);
            }
        }
        if (text.hasChildNodes()) {
            root.appendChild(text);
        }
        if (international.hasChildNodes()) {
            root.appendChild(international);
        }
        metadata.mergeTree(FORMAT, root);
    }

    /** All tEXt and iTXt entries of the metadata. */
    static Map<String, String> read(IIOMetadata metadata) {
        Map<String, String> result = new LinkedHashMap<>();
        Node root = metadata.getAsTree(FORMAT);
        for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
            boolean plain = chunk.getNodeName().equals("tEXt");
            if (plain || chunk.getNodeName().equals("iTXt")) {
                for (Node entry = chunk.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                    IIOMetadataNode e = (IIOMetadataNode) entry;
                    result.put(e.getAttribute("keyword"), e.getAttribute(plain ? "value" : "text"));
                }
            }
        }
        return result;
    }

    private static boolean isLatin1(String s) {
        return StandardCharsets.ISO_8859_1.newEncoder().canEncode(s);
    }
}
