package dev.kairos.organization.isolation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kairos.admin.FixedClockProfile;
import dev.kairos.organization.isolation.IsolationRules.Call;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, organisations as tenants: walks EVERY operation of the committed {@code openapi/openapi.yaml}
 * with two fully populated organisations, A and B ({@link Tenant}). A's owner, admin and member call
 * each operation with B's ids in every path parameter and in the query parameters that take ids,
 * with a valid body ({@link IsolationRules}):
 * <ul>
 * <li>authenticated operations with B's ids in the path answer 404 or 403 (also when only the last
 * ids are B's, then 422 is fine too), and bodies naming B's ids are refused; operations without ids
 * (lists above all) answer what they like but never show anything of B;</li>
 * <li>public operations (API.md section 2) may answer, but show none of B's private values beyond
 * what the credential they were given makes the caller's own.</li>
 * </ul>
 * An operation the rules do not cover fails the walk with what to add, so new endpoints cannot be
 * skipped silently.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class OrganizationIsolationWalkTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final List<String> METHOD_ORDER = List.of("get", "post", "put", "patch", "delete");

    /** One operation of the spec. */
    record Operation(String method, String path, String id, boolean isPublic, boolean hasBody, List<String> pathParams,
            List<String> queryParams) {

        String label() {
            return id + " (" + method.toUpperCase() + " " + path + ")";
        }
    }

    private static Tenant a;
    private static Tenant b;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void twoOrganizations() {
        Scheduling.setClock("2030-01-07T06:00:00Z");
        if (a == null) {
            a = Tenant.build();
            b = Tenant.build();
        }
    }

    @Test
    void noOperationOfTheSpecLetsOneOrganizationReachAnother() throws IOException {
        List<Operation> operations = operations();
        for (Operation op : operations) {
            checkRules(op);
        }
        assertTrue(failures.isEmpty(), "The isolation walk has no rule for some operations of the spec:\n" + String.join("\n", failures));

        for (TestUser caller : List.of(a.owner, a.admin, a.member)) {
            for (Operation op : operations) {
                walk(op, caller);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " calls let organization A reach organization B:\n" + String.join("\n", failures));
    }

    @Test
    void aSeatedBookingsPublicUidActsForNoSeat() {
        // Slots show every booker the uid of a seated slot's booking; without a seatUid it shows no one and changes nothing.
        String uid = b.seatedBookingUid;
        String seen = a.owner.call().get("/v2/bookings/" + uid).then().statusCode(200).extract().asString();
        assertFalse(seen.contains(b.prv), seen);
        a.owner.call().body(Map.of("cancellationReason", "walk")).post("/v2/bookings/" + uid + "/cancel").then().statusCode(422);
        a.owner.call().body(Map.of("start", Tenant.spareSlot())).post("/v2/bookings/" + uid + "/reschedule").then().statusCode(422);
        b.owner.call().get("/v2/bookings/" + uid).then().statusCode(200).body("data.status", equalTo("accepted"))
                .body("data.attendees", hasSize(2));
    }

    /** The spec's operations, reads first and deletions last, so that nothing B needs is gone early. */
    private static List<Operation> operations() throws IOException {
        JsonNode spec = YAML.readTree(Path.of("openapi", "openapi.yaml").toFile());
        List<Operation> operations = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHOD_ORDER.contains(op.getKey())) {
                return;
            }
            JsonNode node = op.getValue();
            List<String> pathParams = new ArrayList<>();
            Matcher m = PARAMETER.matcher(path.getKey());
            while (m.find()) {
                pathParams.add(m.group(1));
            }
            List<String> query = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    query.add(p.path("name").asText());
                }
            });
            boolean isPublic = node.has("security") && node.get("security").isEmpty();
            operations.add(new Operation(op.getKey(), path.getKey(), node.path("operationId").asText(null), isPublic,
                    node.has("requestBody"), pathParams, query));
        }));
        operations.sort(Comparator.comparing((Operation o) -> METHOD_ORDER.indexOf(o.method())).thenComparing(Operation::path));
        return operations;
    }

    /** Records what the rules lack to walk {@code op}. */
    private void checkRules(Operation op) {
        if (op.id() == null) {
            failures.add(op.method().toUpperCase() + " " + op.path() + ": has no operationId; give it one");
            return;
        }
        for (String param : op.pathParams()) {
            if (pathRule(op, param) == null) {
                failures.add(op.label() + ": no id of B for path parameter {" + param + "}; add a key ending with '"
                        + prefix(op.path(), param).replaceAll(".*(/[^/]+/\\{" + param + "})$", "$1")
                        + "' to IsolationRules.PATH_IDS (or the operation to PATH_OVERRIDES), building what it names in Tenant.build");
            }
        }
        if (!IsolationRules.QUERIES.containsKey(op.id())) {
            for (String param : op.queryParams()) {
                if (IsolationRules.takesAnId(param) && !IsolationRules.QUERY_IDS.containsKey(param)) {
                    failures.add(op.label() + ": no value of B for query parameter " + param
                            + "; add it to IsolationRules.QUERY_IDS, or the operation to IsolationRules.QUERIES");
                }
            }
        }
        if (op.hasBody() && !op.method().equals("delete") && !IsolationRules.BODIES.containsKey(op.id())) {
            failures.add(op.label() + ": no valid request body; add one to IsolationRules.BODIES (so that validation is not what refuses it)");
        }
        if (op.isPublic() && !IsolationRules.PUBLIC_MAY_SHOW.containsKey(op.id())) {
            failures.add(op.label() + ": public operation without a privacy rule; add what its caller may see of B to "
                    + "IsolationRules.PUBLIC_MAY_SHOW (and make it public in API.md section 2 if it is meant to be)");
        }
    }

    private static Function<Tenant, Object> pathRule(Operation op, String param) {
        Map<String, Function<Tenant, Object>> overrides = IsolationRules.PATH_OVERRIDES.getOrDefault(op.id(), Map.of());
        if (overrides.containsKey(param)) {
            return overrides.get(param);
        }
        String prefix = prefix(op.path(), param);
        return IsolationRules.PATH_IDS.entrySet().stream().filter(e -> prefix.endsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(null);
    }

    private static String prefix(String path, String param) {
        String marker = "{" + param + "}";
        return path.substring(0, path.indexOf(marker) + marker.length());
    }

    /** Calls {@code op} as {@code caller} with B's ids, and for paths with several ids also with A's leading ones. */
    private void walk(Operation op, TestUser caller) {
        Call call = new Call(a, b);
        int params = op.pathParams().size();
        for (int ownLeading = 0; ownLeading < Math.max(1, params); ownLeading++) {
            if (ownLeading > 0 && op.isPublic()) {
                // Public operations take credentials (uids), not ids to mix.
                break;
            }
            Map<String, Object> pathValues = new LinkedHashMap<>();
            for (int i = 0; i < params; i++) {
                String param = op.pathParams().get(i);
                pathValues.put(param, pathRule(op, param).apply(i < ownLeading ? a : b));
            }
            for (Map<String, Object> query : queries(op, b)) {
                TestUser as = IsolationRules.SPENDS_THE_KEY.contains(op.id()) ? caller.withNewKey() : caller;
                Object body = IsolationRules.BODIES.containsKey(op.id()) ? IsolationRules.BODIES.get(op.id()).apply(call) : null;
                RequestSpecification spec = as.call();
                if (IsolationRules.HEADERS.containsKey(op.id())) {
                    spec.headers(IsolationRules.HEADERS.get(op.id()).apply(call));
                }
                Response response = send(spec, op, pathValues, query, body);
                judge(op, caller, b, pathValues, query, body, ownLeading, response);
            }
        }
    }

    private static List<Map<String, Object>> queries(Operation op, Tenant b) {
        if (IsolationRules.QUERIES.containsKey(op.id())) {
            return IsolationRules.QUERIES.get(op.id()).apply(b);
        }
        Map<String, Object> query = new LinkedHashMap<>();
        for (String param : op.queryParams()) {
            if (IsolationRules.QUERY_IDS.containsKey(param)) {
                query.put(param, IsolationRules.QUERY_IDS.get(param).apply(b));
            }
        }
        return List.of(query);
    }

    private static Response send(RequestSpecification spec, Operation op, Map<String, Object> pathValues, Map<String, Object> query,
            Object body) {
        String url = op.path();
        for (Map.Entry<String, Object> value : pathValues.entrySet()) {
            url = url.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        spec.queryParams(query);
        if (body != null) {
            spec.body(body);
        }
        return spec.request(op.method().toUpperCase(), url);
    }

    private void judge(Operation op, TestUser caller, Tenant b, Map<String, Object> pathValues, Map<String, Object> query,
            Object body, int ownLeading, Response response) {
        int status = response.statusCode();
        String where = op.label() + " as " + role(caller) + " of A, path " + pathValues + ", query " + query + ": ";
        if (status >= 500) {
            failures.add(where + status + " " + abbreviate(response.asString()));
            return;
        }
        boolean bClientInPath = IsolationRules.CLIENT_AUTHENTICATED.contains(op.id()) && ownLeading == 0;
        if (status == 401 && !bClientInPath) {
            failures.add(where + "401 with A's valid key; if the operation takes other credentials, add A's to IsolationRules.HEADERS: "
                    + abbreviate(response.asString()));
            return;
        }
        if (!op.isPublic()) {
            boolean bInPath = op.pathParams().size() > ownLeading;
            Set<Integer> refusals = bClientInPath ? Set.of(401, 403, 404)
                    : bInPath && ownLeading == 0 ? Set.of(403, 404)
                    : bInPath || IsolationRules.CROSSING_BODIES.contains(op.id()) ? Set.of(403, 404, 422) : null;
            if (refusals != null && !refusals.contains(status)) {
                failures.add(where + "answered " + status + ", expected one of " + refusals + ": " + abbreviate(response.asString()));
                return;
            }
        }
        String text = response.asString();
        List<String> ours = new ArrayList<>();
        pathValues.values().forEach(v -> ours.add(String.valueOf(v)));
        query.values().forEach(v -> ours.add(String.valueOf(v)));
        strings(body, ours);
        if (op.isPublic()) {
            ours.addAll(IsolationRules.PUBLIC_MAY_SHOW.get(op.id()).apply(b));
        }
        for (String own : ours) {
            if (!own.matches("\\d+")) {
                text = text.replace(own, "");
            }
        }
        List<String> secret = new ArrayList<>(b.privateStrings());
        if (!op.isPublic()) {
            secret.add(b.pub);
        }
        for (String s : secret) {
            if (text.contains(s)) {
                failures.add(where + status + " shows B's " + (s.equals(b.pub) ? "public data (in an authenticated operation)"
                        : s.equals(b.prv) ? "private data" : "credential " + s) + ": " + abbreviate(response.asString()));
                return;
            }
        }
    }

    private static void strings(Object value, List<String> into) {
        if (value instanceof String s) {
            into.add(s);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> strings(v, into));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> strings(v, into));
        }
    }

    private static String role(TestUser caller) {
        return caller.email().substring(0, caller.email().indexOf('-'));
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
