package org.sgdvalley.session;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.preset.PresetException;

/**
 * The JSON mapping of sessions. The spec's record tree is written field by field (the records are the
 * single source of truth; a preset's YAML text would not cover parameters edited in the app), with a
 * {@code type} name on the model and data variants. Every {@code double[]} is written as the base64 of
 * its IEEE-754 bits, so parameters, NaN and -0.0 come back bit for bit.
 */
final class SessionJson {
    static final ObjectMapper MAPPER = mapper();

    private SessionJson() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = ModelSpec.Diagonal.class, name = "diagonal"),
            @JsonSubTypes.Type(value = ModelSpec.Toy.class, name = "toy"),
            @JsonSubTypes.Type(value = ModelSpec.Relu.class, name = "relu")})
    private interface ModelSpecMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = DataSpec.Sparse.class, name = "sparse-regression"),
            @JsonSubTypes.Type(value = DataSpec.Toy.class, name = "toy"),
            @JsonSubTypes.Type(value = DataSpec.Points1d.class, name = "points-1d"),
            @JsonSubTypes.Type(value = DataSpec.Teacher.class, name = "teacher")})
    private interface DataSpecMixin {
    }

    private static ObjectMapper mapper() {
        SimpleModule doubles = new SimpleModule("double-bits");
        doubles.addSerializer(double[].class, new BitsSerializer());
        doubles.addDeserializer(double[].class, new BitsDeserializer());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE / 2).build())
                .build();
        return JsonMapper.builder(factory)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .addMixIn(ModelSpec.class, ModelSpecMixin.class)
                .addMixIn(DataSpec.class, DataSpecMixin.class)
                .addModule(doubles)
                .build();
    }

    /**
     * What is wrong with a body Jackson could not map, in the file's own terms: the field path and
     * whether the value is missing, unknown or of the wrong kind (never Jackson's or our class names).
     */
    static String describe(JacksonException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            JsonLocation at = e.getLocation();
            return "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String where = path.length() == 0 ? "the body" : PresetException.oneLine(path.toString());
        if (e instanceof UnrecognizedPropertyException) {
            return where + ": unknown key";
        }
        if (e instanceof InvalidTypeIdException) {
            return where + ": unknown or missing type";
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Missing")) {
            return where + ": missing";
        }
        return where + ": missing, null or of the wrong kind";
    }

    private static final class BitsSerializer extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES);
            bytes.asDoubleBuffer().put(values);
            gen.writeString(Base64.getEncoder().encodeToString(bytes.array()));
        }
    }

    private static final class BitsDeserializer extends JsonDeserializer<double[]> {
        @Override
        public double[] deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(parser.getValueAsString(""));
            } catch (IllegalArgumentException e) {
                throw context.weirdStringException(parser.getText(), double[].class, "not base64 of doubles");
            }
            if (bytes.length % Double.BYTES != 0) {
                throw context.weirdStringException(parser.getText(), double[].class, "not a whole number of doubles");
            }
            double[] values = new double[bytes.length / Double.BYTES];
            ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
            return values;
        }
    }
}
