package dev.kairos.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cal.com's own response schemas (../shared/calcom-openapi/openapi-core.json) as test assertions:
 * a Kairos response may add fields, never drop a required one or give it another JSON type.
 */
public final class CalComSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMAS = read();

    private CalComSchemas() {
    }

    private static JsonNode read() {
        try {
            return JSON.readTree(Path.of("..", "shared", "calcom-openapi", "openapi-core.json").toFile()).path("components").path("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response body as a tree. */
    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every required property of {@code schemaName} is present, and null only where the schema says nullable (this level only). */
    public static void assertRequired(String schemaName, JsonNode value, String what) {
        JsonNode schema = schema(schemaName);
        assertTrue(value.isObject(), what + " is an object");
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            assertTrue(value.has(name), what + " has Cal.com's required field " + name + " (" + schemaName + ")");
            if (value.get(name).isNull()) {
                assertTrue(schema.path("properties").path(name).path("nullable").asBoolean(),
                        what + "." + name + " is null but " + schemaName + " does not allow null");
            }
        }
    }

    /**
     * {@code value} validates against {@code schemaName} all the way down: required properties
     * present and non-null unless nullable, JSON types and enums as declared, {@code $ref},
     * {@code oneOf}/{@code anyOf} (one alternative must fit) and {@code allOf} followed. Extra fields are fine.
     */
    public static void assertConforms(String schemaName, JsonNode value) {
        List<String> problems = new ArrayList<>();
        validate(schema(schemaName), value, "$", problems);
        if (!problems.isEmpty()) {
            fail("Response does not conform to Cal.com's " + schemaName + ":\n  " + String.join("\n  ", problems) + "\nin " + value);
        }
    }

    private static JsonNode schema(String name) {
        JsonNode schema = SCHEMAS.path(name);
        assertFalse(schema.isMissingNode(), "Cal.com has a schema " + name);
        return schema;
    }

    private static JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = SCHEMAS.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static void validate(JsonNode schemaOrRef, JsonNode value, String at, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        for (String union : List.of("oneOf", "anyOf")) {
            if (schema.has(union)) {
                List<String> closest = null;
                for (JsonNode alternative : schema.get(union)) {
                    List<String> these = new ArrayList<>();
                    validate(alternative, value, at, these);
                    if (closest == null || these.size() < closest.size()) {
                        closest = these;
                    }
                }
                if (closest != null && !closest.isEmpty()) {
                    problems.add(at + " fits no alternative of " + union + "; the closest fails with " + closest);
                }
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            validate(part, value, at, problems);
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean() && schema.has("type")) {
                problems.add(at + " is null, but the schema does not allow null");
            }
            return;
        }
        String type = schema.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            problems.add(at + " is " + value.getNodeType() + ", not " + type);
            return;
        }
        if (schema.has("enum") && value.isTextual()) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.asText().equals(value.asText());
            }
            if (!listed) {
                problems.add(at + " is '" + value.asText() + "', not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                String name = required.asText();
                if (!value.has(name)) {
                    problems.add(at + "." + name + " is required but missing");
                } else if (value.get(name).isNull() && !resolve(schema.path("properties").path(name)).path("nullable").asBoolean()) {
                    problems.add(at + "." + name + " is required and null, but the schema does not allow null");
                }
            }
            schema.path("properties").fields().forEachRemaining(property -> {
                JsonNode field = value.get(property.getKey());
                // An optional property left null is read as absent, as Cal.com's own clients do.
                if (field != null && !field.isNull()) {
                    validate(property.getValue(), field, at + "." + property.getKey(), problems);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            default -> true;
        };
    }
}
