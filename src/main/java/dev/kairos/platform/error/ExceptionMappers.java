package dev.kairos.platform.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kairos.platform.request.RequestIds;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure becomes the error envelope here, with exactly the status and code of API.md
 * section 1. Nothing else in Kairos builds an error response.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpHeaders headers) {
        return ErrorResponses.of(e, path(uri), RequestIds.of(headers));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return error(ErrorCode.NOT_FOUND, "No resource at " + path(uri) + "; see /q/openapi for the operations Kairos serves",
                uri, headers);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri, HttpHeaders headers) {
        String allowed = String.join(", ", e.getResponse().getAllowedMethods());
        String message = "This method is not allowed on " + path(uri) + (allowed.isEmpty() ? "" : "; allowed: " + allowed);
        Response response = error(ErrorCode.METHOD_NOT_ALLOWED, message, uri, headers);
        return allowed.isEmpty() ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        return error(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json", uri, headers);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        return error(ErrorCode.NOT_ACCEPTABLE, "Kairos answers with application/json; accept it", uri, headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return error(ErrorCode.INVALID_REQUEST, describe(e), uri, headers);
    }

    /** Named separately because Quarkus ships its own mapper for this subtype, which would win otherwise. */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<ConstraintViolation<?>> violations = new ArrayList<>(e.getConstraintViolations());
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        boolean inBody = violations.stream().allMatch(ExceptionMappers::isBodyField);
        List<ErrorDetail> details = violations.stream()
                .map(v -> new ErrorDetail(fieldName(v.getPropertyPath()), v.getMessage()))
                .toList();
        String summary = details.stream().map(d -> d.field() + " " + d.message()).collect(Collectors.joining("; "));
        ErrorCode code = inBody ? ErrorCode.VALIDATION_ERROR : ErrorCode.INVALID_REQUEST;
        return ErrorResponses.of(code, "Invalid request: " + summary, details, Map.of(), path(uri), RequestIds.of(headers));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return error(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large", uri, headers);
        }
        if (status >= 400 && status < 500) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException jsonError) {
                return json(jsonError, uri, headers);
            }
            return error(ErrorCode.INVALID_REQUEST, "Invalid request: check the parameters and the body against the API reference",
                    uri, headers);
        }
        return unexpected(e, uri, headers);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        String conflict = databaseConflict(e);
        if (conflict != null) {
            return error(ErrorCode.CONFLICT, conflict, uri, headers);
        }
        String requestId = RequestIds.of(headers);
        LOG.errorf(e, "Unexpected error on %s (request %s)", path(uri), requestId);
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR,
                "Something went wrong on our side; retry later and quote request id " + requestId,
                List.of(), Map.of(), path(uri), requestId);
    }

    /**
     * The database's constraints are the last word on uniqueness and overlaps; when one of them
     * refuses a write that the service's own checks let through (a race), the client gets 409.
     */
    private static String databaseConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505":
                        return "This conflicts with an existing resource (a unique value is already taken)";
                    case "23P01":
                        return "This time is no longer free: another booking took it";
                    case "23503":
                        return "This refers to something that was removed or is still in use; reload and retry";
                    case "40001", "40P01":
                        return "A concurrent change got in the way; retry the request";
                    default:
                        return null;
                }
            }
        }
        return null;
    }

    private static Response error(ErrorCode code, String message, UriInfo uri, HttpHeaders headers) {
        return ErrorResponses.of(code, message, List.of(), Map.of(), path(uri), RequestIds.of(headers));
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    /** Says where the JSON went wrong without naming a Java type. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonParseException parse && parse.getLocation() != null) {
            return "Malformed JSON at line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ": send a valid JSON document";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return "Field '" + field + "' has the wrong JSON type or format";
        }
        return "The body is not the JSON this operation expects";
    }

    /** A violation on a request body property (422), as opposed to a query or path parameter (400). */
    private static boolean isBodyField(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = nodes(violation.getPropertyPath());
        return nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER;
    }

    /** {@code createUser.request.attendee.email} -> {@code attendee.email}; a query parameter keeps its name. */
    private static String fieldName(Path path) {
        List<Path.Node> nodes = nodes(path);
        List<Path.Node> rest = nodes.subList(Math.min(1, nodes.size()), nodes.size());
        if (rest.size() > 1 && rest.get(0).getKind() == ElementKind.PARAMETER) {
            rest = rest.subList(1, rest.size());
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : rest) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.isEmpty() ? path.toString() : field.toString();
    }

    private static List<Path.Node> nodes(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        return nodes;
    }
}
