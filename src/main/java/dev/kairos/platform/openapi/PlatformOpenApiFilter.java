package dev.kairos.platform.openapi;

import dev.kairos.platform.idempotency.IdempotencyFilter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents what the platform filters do for every operation, so resources need not repeat it:
 * the error responses (all in the {@code ErrorResponse} envelope), the {@code Idempotency-Key}
 * header on POST, PATCH and DELETE, and the bearer API key on every operation but the public ones.
 * Public operations are recognised by their {@code x-kairos-public} extension; operations that an
 * OAuth client authenticates with its id and secret headers by {@link #CLIENT_CREDENTIALS}.
 */
public class PlatformOpenApiFilter implements OASFilter {

    static final String SECURITY_SCHEME = "apiKey";
    /** The extension of operations authenticated by an OAuth client's headers; its value is one of the two below. */
    public static final String CLIENT_CREDENTIALS = "x-kairos-client-credentials";
    public static final String CLIENT_ID_AND_SECRET = "x-cal-client-id,x-cal-secret-key";
    public static final String SECRET_ONLY = "x-cal-secret-key";
    private static final String CLIENT_ID_SCHEME = "oauthClientId";
    private static final String CLIENT_SECRET_SCHEME = "oauthClientSecret";
    private static final String ERROR_REF = "#/components/schemas/ErrorResponse";
    /** Sorted, so that the generated document is the same on every build. */
    private static final Map<String, String> COMMON_ERRORS = new TreeMap<>(Map.of(
            "400", "Malformed JSON, a value of the wrong type, or an invalid query or path parameter (INVALID_REQUEST)",
            "404", "No such resource, or one that belongs to someone else (NOT_FOUND)",
            "429", "Rate limit reached; see Retry-After (RATE_LIMIT_EXCEEDED)",
            "500", "Unexpected error; quote the requestId (INTERNAL_ERROR)"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("cal_live_ API key or OAuth access token (JWT)")
                .description("Authorization: Bearer cal_live_... (an API key), or an OAuth access token of a managed user, "
                        + "which works where keys do within its client's permissions"));
        openAPI.getComponents().addSecurityScheme(CLIENT_ID_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("x-cal-client-id")
                .description("The OAuth client's id"));
        openAPI.getComponents().addSecurityScheme(CLIENT_SECRET_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("x-cal-secret-key")
                .description("The OAuth client's secret, shown when the client was created"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            boolean isPublic = operation.getExtensions() != null && operation.getExtensions().containsKey("x-kairos-public");
            document(method, operation, isPublic);
            if (operation.getExtensions() != null && operation.getExtensions().get(CLIENT_CREDENTIALS) instanceof String headers) {
                documentClientCredentials(operation, headers);
            }
        }));
    }

    private static void documentClientCredentials(Operation operation, String headers) {
        SecurityRequirement requirement = OASFactory.createSecurityRequirement().addScheme(CLIENT_SECRET_SCHEME);
        if (headers.contains("x-cal-client-id")) {
            requirement.addScheme(CLIENT_ID_SCHEME);
        }
        operation.setSecurity(List.of(requirement));
        addError(operation, "401", "Missing or wrong OAuth client id or secret (UNAUTHORIZED)");
    }

    private void document(PathItem.HttpMethod method, Operation operation, boolean isPublic) {
        COMMON_ERRORS.forEach((status, description) -> addError(operation, status, description));
        if (!isPublic) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
            addError(operation, "401", "Missing, malformed, unknown, expired or revoked API key or access token (UNAUTHORIZED); "
                    + "an expired OAuth access token (TOKEN_EXPIRED)");
            addError(operation, "403", "Authenticated but not allowed, or an access token without the permission (FORBIDDEN)");
        } else {
            operation.setSecurity(List.<SecurityRequirement>of());
        }
        boolean mutation = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        if (mutation) {
            operation.addParameter(OASFactory.createParameter().name(IdempotencyFilter.HEADER).in(Parameter.In.HEADER)
                    .description("Makes retries safe: the same key and request replay the first outcome for 24 h")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1).maxLength(255)));
            addError(operation, "409", "Conflicts with the resource's state, or the Idempotency-Key is still in flight (CONFLICT)");
            addError(operation, "422", "Invalid values, or an Idempotency-Key reused for another request (VALIDATION_ERROR)");
            addError(operation, "503", "A dependency is down; with an Idempotency-Key, nothing was executed (SERVICE_UNAVAILABLE)");
        }
        if (operation.getRequestBody() != null) {
            addError(operation, "415", "The body is not application/json (UNSUPPORTED_MEDIA_TYPE)");
        }
    }

    /** Adds the error response, or gives the envelope to one that was added without a body (Quarkus' automatic 400). */
    private static void addError(Operation operation, String status, String description) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            operation.getResponses().addAPIResponse(status, response);
        } else if (response.getContent() != null) {
            return;
        }
        response.content(OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_REF))));
    }

}
