package dev.courier.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonbTest {

    public record Line(String name, Integer quantity, BigDecimal price) {}

    private final Jsonb jsonb = new StrictJsonb().getContext(Line.class);

    @Test
    void readsWhatIsWrittenAsItShouldBe() {
        Line line = jsonb.fromJson("{\"name\": \"Mug\", \"quantity\": 3, \"price\": 12.50}", Line.class);

        assertThat(line).isEqualTo(new Line("Mug", 3, new BigDecimal("12.50")));
        assertThat(jsonb.fromJson("{\"name\": null, \"quantity\": -2147483648}", Line.class)
                        .quantity())
                .isEqualTo(Integer.MIN_VALUE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"quantity\": \"3\"}",
                "{\"quantity\": 1.5}",
                "{\"quantity\": 1e400}",
                "{\"quantity\": 2147483648}",
                "{\"quantity\": 123456789012345678901234567890}",
                "{\"quantity\": true}",
                "{\"quantity\": []}",
                "{\"price\": \"10\"}",
                "{\"price\": {}}",
                "{\"name\": 1}",
                "{\"name\": false}",
                "{\"name\": [\"a\"]}",
                "{\"unknown\": 1}"
            })
    void refusesWhatOnlyCoercionWouldRead(String json) {
        assertThatThrownBy(() -> jsonb.fromJson(json, Line.class)).isInstanceOf(JsonbException.class);
    }
}
