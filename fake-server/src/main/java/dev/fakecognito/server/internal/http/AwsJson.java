package dev.fakecognito.server.internal.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The JSON dialect of awsJson1_1 as this service speaks it: members in UpperCamelCase as the model
 * spells them, members without a value left out, timestamps as epoch seconds with up to three
 * fraction digits.
 */
final class AwsJson {
    /**
     * The mapper of every fake in this JVM: thread-safe, its configuration never changes, and sharing it
     * shares what Jackson learns of each record type, so that a further fake answers its first call
     * without learning them again.
     */
    static final ObjectMapper MAPPER = mapper();

    private AwsJson() {}

    private static ObjectMapper mapper() {
        SimpleModule timestamps = new SimpleModule("epoch-seconds");
        timestamps.addSerializer(Instant.class, new EpochSecondsSerializer());
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .addModule(timestamps)
                .build();
    }

    /** Writes an Instant as a plain decimal number of seconds, e.g. {@code 1538078988.077}. */
    private static final class EpochSecondsSerializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        EpochSecondsSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            BigDecimal seconds = BigDecimal.valueOf(value.toEpochMilli(), 3).stripTrailingZeros();
            gen.writeNumber(seconds.scale() < 0 ? seconds.setScale(0).toPlainString() : seconds.toPlainString());
        }
    }
}
