package dev.kairos.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi/openapi.yaml} is what the code generates, and what it says about
 * each operation holds: documented errors, and security exactly where the server asks for a key.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode generated() throws IOException {
        return YAML.readTree(given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void committedSpecMatchesTheCode() throws IOException {
        JsonNode generated = generated();
        JsonNode committed = Files.exists(COMMITTED) ? YAML.readTree(COMMITTED.toFile()) : null;
        if (!generated.equals(committed)) {
            Path fresh = Path.of("target", "openapi-from-tests.yaml");
            Files.createDirectories(fresh.getParent());
            YAML.writeValue(fresh.toFile(), generated);
            fail(COMMITTED + " is out of date with the code (the generated one is in " + fresh
                    + "): run ./mvnw package -DskipTests and commit openapi/");
        }
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        Set<String> operationIds = new HashSet<>();
        forEachOperation(generated(), (path, method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertTrue(operation.hasNonNull("operationId"), where + " has an operationId");
            assertTrue(operationIds.add(operation.get("operationId").asText()), where + " has a unique operationId");
            assertTrue(operation.hasNonNull("summary"), where + " has a summary");
            JsonNode responses = operation.get("responses");
            for (String status : new String[] { "400", "404", "429", "500" }) {
                assertEquals("#/components/schemas/ErrorResponse",
                        responses.path(status).path("content").path("application/json").path("schema").path("$ref").asText(),
                        where + " documents " + status + " with the error envelope");
            }
            assertTrue(responses.fieldNames().hasNext());
        });
        assertFalse(operationIds.isEmpty());
    }

    @Test
    void createdResourcesAreDocumentedAs201() throws IOException {
        JsonNode paths = generated().get("paths");
        assertTrue(paths.path("/v2/users").path("post").path("responses").has("201"));
        assertTrue(paths.path("/v2/api-keys").path("post").path("responses").has("201"));
    }

    /** Calls every operation without credentials: secured ones answer 401, public ones do not. */
    @Test
    void documentedSecurityIsWhatTheServerEnforces() throws IOException {
        forEachOperation(generated(), (path, method, operation) -> {
            String concrete = path.replaceAll("\\{[^}]+}", "1");
            int status = given().contentType("application/json").body("{}").request(method, concrete).statusCode();
            boolean secured = operation.path("security").size() > 0;
            if (secured) {
                assertEquals(401, status, method.toUpperCase() + " " + path + " is documented as needing a key");
            } else {
                assertNotEquals(401, status, method.toUpperCase() + " " + path + " is documented as public");
            }
        });
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private static void forEachOperation(JsonNode spec, OperationVisitor visitor) {
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (Set.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    visitor.visit(path.getKey(), operation.getKey(), operation.getValue());
                }
            }
        }
    }
}
