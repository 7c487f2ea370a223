package dev.courier.support.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B configuration of Courier's APIs: an unknown field in a request is an error (a typo
 * must not be silently ignored), numbers and text are read as written ({@link StrictNumbers}),
 * and nulls are left out of responses. Server side only: REST
 * clients stay tolerant readers of what other services answer.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new StrictNumbers.Integers(), new StrictNumbers.Decimals(), new StrictNumbers.Texts()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
