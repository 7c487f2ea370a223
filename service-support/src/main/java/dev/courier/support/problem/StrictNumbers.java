package dev.courier.support.problem;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Numbers and text read as written, never coerced: JSON-B on its own turns {@code "3"} into 3,
 * {@code 1.5} into 1, a number beyond 64 bits into whatever its low bits say, and {@code 1} into
 * the text "1". A request that writes a number where text belongs, or text, a fraction or an
 * out-of-range value where a whole number belongs, is refused (400) instead.
 */
final class StrictNumbers {

    private StrictNumbers() {}

    /** Whole numbers: a JSON integer within the range of {@code int}. */
    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, JsonNumber.class, "a whole number", number -> {
                BigDecimal value = number.bigDecimalValue();
                if (!number.isIntegral()
                        || value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                        || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                    throw new JsonbException("Expected a whole number within range, found another number.");
                }
                return value.intValueExact();
            });
        }
    }

    /** Decimal amounts: a JSON number, not text. */
    static final class Decimals implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, JsonNumber.class, "a number", JsonNumber::bigDecimalValue);
        }
    }

    /** Text: a JSON string, not a number or a boolean. */
    static final class Texts implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, JsonString.class, "text", JsonString::getString);
        }
    }

    /** The value at the parser as {@code wanted}, converted; null stays null (absence is for validation to judge). */
    private static <J extends JsonValue, T> T read(
            JsonParser parser, Class<J> wanted, String expected, Function<J, T> convert) {
        JsonValue json = parser.getValue();
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!wanted.isInstance(json)) {
            throw new JsonbException("Expected " + expected + ", found " + shown(json) + ".");
        }
        return convert.apply(wanted.cast(json));
    }

    private static String shown(JsonValue json) {
        return switch (json.getValueType()) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "nothing";
        };
    }
}
