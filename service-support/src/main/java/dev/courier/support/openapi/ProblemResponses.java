package dev.courier.support.openapi;

import dev.courier.support.idempotency.IdempotencyHeaders;
import dev.courier.support.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The parts every service's OpenAPI document shares, for the annotations to refer to by name: the
 * {@code Problem} schema (RFC 9457, {@link Problem}), one response per problem status
 * ({@code @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)}), the
 * {@code Idempotency-Key} header. The gateway names this class in {@code mp.openapi.model.reader}, the
 * services {@link ServiceApiResponses}.
 */
public class ProblemResponses implements OASModelReader {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String UNPROCESSABLE = "UnprocessableContent";
    public static final String UNAVAILABLE = "ServiceUnavailable";
    public static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    @Override
    public OpenAPI buildModel() {
        Map<String, APIResponse> responses = new TreeMap<>(Map.of(
                BAD_REQUEST,
                problem("The request is malformed or a field is invalid (errors names each field); nothing was"
                        + " changed."),
                NOT_FOUND,
                problem("Nothing with this id, or nothing at this address."),
                UNPROCESSABLE,
                problem("Well-formed, but refused by a business rule (detail says which); nothing was changed."),
                UNAVAILABLE,
                problem("A resource this request needs is down (the database, the catalog, a downstream"
                                + " service); nothing was changed. Try again after Retry-After seconds.")
                        .addHeader("Retry-After", header("Seconds to wait before trying again"))));
        responses.putAll(moreResponses());
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .schemas(Map.of("Problem", problem()))
                        .responses(responses)
                        .parameters(Map.of(IDEMPOTENCY_KEY, idempotencyKey())));
    }

    /** The problem responses only some APIs answer, by name; none for the public API. */
    protected Map<String, APIResponse> moreResponses() {
        return Map.of();
    }

    private static Schema problem() {
        return schema(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: the body of every error answer, never a stack trace.")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addProperty(
                        "type",
                        schema(Schema.SchemaType.STRING)
                                .description(
                                        "A URI naming the kind of problem; about:blank when the status says it all"))
                .addProperty(
                        "title", schema(Schema.SchemaType.STRING).description("A short summary of the kind of problem"))
                .addProperty("status", schema(Schema.SchemaType.INTEGER).description("The HTTP status code"))
                .addProperty(
                        "detail",
                        schema(Schema.SchemaType.STRING)
                                .description("What went wrong with this request, written for the caller"))
                .addProperty(
                        "instance",
                        schema(Schema.SchemaType.STRING)
                                .description("The id of this occurrence, as the server log has it"))
                .addProperty(
                        "errors",
                        schema(Schema.SchemaType.ARRAY)
                                .description("The invalid fields of a rejected request")
                                .items(schema(Schema.SchemaType.OBJECT)
                                        .addProperty("field", schema(Schema.SchemaType.STRING))
                                        .addProperty("message", schema(Schema.SchemaType.STRING))))
                .additionalPropertiesBoolean(Boolean.FALSE);
    }

    private static Schema schema(Schema.SchemaType type) {
        return OASFactory.createSchema().type(List.of(type));
    }

    protected static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
    }

    protected static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(schema(Schema.SchemaType.STRING));
    }

    private static Parameter idempotencyKey() {
        return OASFactory.createParameter()
                .name(IdempotencyHeaders.IDEMPOTENCY_KEY)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Places the order once for this key (per user): a repetition answers with the order"
                        + " placed first and Idempotent-Replayed: true. 1 to 255 visible ASCII characters, e.g."
                        + " a UUID.")
                .schema(schema(Schema.SchemaType.STRING).pattern("^[\\x21-\\x7E]{1,255}$"))
                .example("9f1c2a4e-0d5b-4c1e-8a31-2f6b7d9e0c44");
    }
}
