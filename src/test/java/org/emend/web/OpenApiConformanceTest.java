package org.emend.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The OpenAPI document tells the truth: requests generated from it for every operation (as
 * documented, anonymous, with a read token, unknown and malformed ids, a bad value for each query
 * parameter, and malformed bodies) get only documented statuses, and every JSON answer fits the
 * schema documented for it. A fixed budget of requests, the same on every run.
 */
@QuarkusTest
class OpenApiConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/api/v1/";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Inject
    TestDatabase database;

    private JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> compiled = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private String readToken;

    record Operation(String method, String path, JsonNode spec) {
    }

    record Request(String name, Map<String, String> pathValues, Map<String, String> query, String contentType, Object body,
            String token) {
    }

    @Test
    void shouldAnswerEveryGeneratedRequestAsTheDocumentSays() throws IOException {
        database.clear();
        document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        createRecords();

        List<String> violations = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations()) {
            for (Request request : requests(operation)) {
                Response response = send(operation, request);
                sent++;
                violations.addAll(check(operation, request, response));
            }
        }
        assertThat(sent).as("requests sent").isGreaterThan(500);
        assertThat(violations).as("answers that break the OpenAPI document, of %d requests", sent).isEmpty();
    }

    /** Every API operation, writes after reads and deletions last, so that reads find the records. */
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (path.getKey().startsWith(API) && METHODS.contains(method.getKey())) {
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
            }
        }));
        List<String> order = List.of("get", "post", "put", "patch", "delete");
        operations.sort(Comparator.comparing((Operation operation) -> order.indexOf(operation.method()))
                .thenComparing(Operation::path));
        return operations;
    }

    private List<Request> requests(Operation operation) throws IOException {
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : parameters(operation)) {
            if (parameter.path("in").asText().equals("path")) {
                String name = parameter.get("name").asText();
                names.add(name);
                pathValues.put(name, pathValue(operation.path(), name));
            }
        }
        String contentType = null;
        Object body = null;
        JsonNode content = operation.spec().path("requestBody").path("content");
        if (content.isObject() && content.size() > 0) {
            contentType = content.fieldNames().next();
            body = body(contentType, content.get(contentType).path("schema"));
        }
        List<Request> requests = new ArrayList<>();
        requests.add(new Request("as documented", pathValues, Map.of(), contentType, body, Api.ADMIN_TOKEN));
        requests.add(new Request("anonymous", pathValues, Map.of(), contentType, body, null));
        requests.add(new Request("read token", pathValues, Map.of(), contentType, body, readToken));
        requests.add(new Request("stale token", pathValues, Map.of(), contentType, body, "emend_no-such-token"));
        for (String name : names) {
            Map<String, String> unknown = new LinkedHashMap<>(pathValues);
            unknown.put(name, name.equals("collection") ? "volumes" : UUID.randomUUID().toString());
            requests.add(new Request("unknown " + name, unknown, Map.of(), contentType, body, Api.ADMIN_TOKEN));
            Map<String, String> malformed = new LinkedHashMap<>(pathValues);
            malformed.put(name, "not-an-id");
            requests.add(new Request("malformed " + name, malformed, Map.of(), contentType, body, Api.ADMIN_TOKEN));
        }
        for (JsonNode parameter : parameters(operation)) {
            if (parameter.path("in").asText().equals("query")) {
                String name = parameter.get("name").asText();
                requests.add(new Request("bad " + name, pathValues, Map.of(name, "%%bad%%"), contentType, body,
                        Api.ADMIN_TOKEN));
                requests.add(new Request("empty " + name, pathValues, Map.of(name, ""), contentType, body, Api.ADMIN_TOKEN));
            }
        }
        if (contentType != null && contentType.contains("json")) {
            for (String malformed : List.of("{}", "[]", "{\"unexpected\": 1}", "{", "null")) {
                requests.add(new Request("body " + malformed, pathValues, Map.of(), contentType, malformed, Api.ADMIN_TOKEN));
            }
        } else if (contentType != null) {
            requests.add(new Request("empty body", pathValues, Map.of(), contentType, new byte[0], Api.ADMIN_TOKEN));
        }
        return requests;
    }

    private Iterable<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.spec().path("parameters").forEach(parameters::add);
        return parameters;
    }

    /** The id of a record of the kind the path names at that parameter. */
    private String pathValue(String path, String parameter) {
        if (parameter.equals("collection")) {
            return "sections";
        }
        String kind;
        if (parameter.equals("id")) {
            String rest = path.substring(API.length());
            kind = rest.startsWith("exports/") ? rest.split("/")[1] : rest.split("/")[0];
        } else {
            kind = parameter.substring(0, parameter.length() - 2) + "s";
        }
        return ids.getOrDefault(kind, UUID.randomUUID().toString());
    }

    /** A body of the documented media type, filled from the schema's required properties. */
    private Object body(String contentType, JsonNode schema) throws IOException {
        if (contentType.contains("json")) {
            return JSON.writeValueAsString(sample(schema, "body", 0));
        }
        if (contentType.startsWith("text/")) {
            return "A page of text\nwith two lines\n";
        }
        if (contentType.startsWith("multipart/")) {
            return null;
        }
        BufferedImage image = new BufferedImage(20, 30, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private JsonNode sample(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (depth > 4) {
            return JSON.nullNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(field -> required.add(field.asText()));
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (required.contains(property.getKey())) {
                        object.set(property.getKey(), sample(property.getValue(), property.getKey(), depth + 1));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                if (schema.path("minItems").asInt(0) > 0) {
                    array.add(sample(schema.path("items"), name, depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return JSON.getNodeFactory().numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(false);
            }
            default -> {
                String format = schema.path("format").asText();
                if (format.equals("uuid")) {
                    String kind = name.endsWith("Id") ? name.substring(0, name.length() - 2) + "s" : "";
                    return JSON.getNodeFactory().textNode(ids.getOrDefault(kind, UUID.randomUUID().toString()));
                }
                if (format.equals("date")) {
                    return JSON.getNodeFactory().textNode("2024-06-01");
                }
                if (format.equals("date-time")) {
                    return JSON.getNodeFactory().textNode("2030-06-01T00:00:00Z");
                }
                return JSON.getNodeFactory().textNode(name.equals("language") ? "zh" : "text");
            }
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "string";
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private Response send(Operation operation, Request request) {
        RequestSpecification spec = request.token() == null ? Api.anonymous() : Api.withToken(request.token());
        spec = spec.redirects().follow(false).urlEncodingEnabled(true);
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            spec = spec.queryParam(parameter.getKey(), parameter.getValue());
        }
        if (request.contentType() != null) {
            if (request.contentType().startsWith("multipart/")) {
                spec = spec.multiPart("unexpected", "part");
            } else {
                spec = spec.contentType(request.contentType());
                if (request.body() instanceof byte[] bytes) {
                    spec = spec.body(bytes);
                } else if (request.body() != null) {
                    spec = spec.body(((String) request.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        String path = operation.path();
        for (Map.Entry<String, String> value : request.pathValues().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return spec.request(operation.method().toUpperCase(), path);
    }

    private List<String> check(Operation operation, Request request, Response response) {
        String where = operation.method().toUpperCase() + " " + operation.path() + " (" + request.name() + ") → "
                + response.statusCode();
        JsonNode responses = operation.spec().path("responses");
        JsonNode documented = responses.get(String.valueOf(response.statusCode()));
        if (documented == null) {
            documented = responses.get("default");
        }
        if (documented == null) {
            return List.of(where + ": status not documented (" + truncate(response.asString()) + ")");
        }
        String mediaType = response.contentType() == null ? "" : response.contentType().split(";")[0].strip();
        if (!mediaType.endsWith("json") || response.asByteArray().length == 0) {
            return List.of();
        }
        JsonNode content = documented.path("content");
        if (!content.isObject() || content.size() == 0) {
            return List.of(where + ": answers " + mediaType + " but the document describes no body");
        }
        String key = content.has(mediaType) ? mediaType : content.has("*/*") ? "*/*" : null;
        if (key == null) {
            return List.of(where + ": answers " + mediaType + ", the document " + names(content.fieldNames()));
        }
        if (!content.get(key).has("schema")) {
            return List.of();
        }
        String pointer = "/paths/" + escape(operation.path()) + "/" + operation.method() + "/responses/"
                + (responses.has(String.valueOf(response.statusCode())) ? response.statusCode() : "default") + "/content/"
                + escape(key) + "/schema";
        JsonSchema schema = compiled.computeIfAbsent(pointer, this::schemaAt);
        JsonNode body;
        try {
            body = JSON.readTree(response.asByteArray());
        } catch (IOException e) {
            return List.of(where + ": not JSON");
        }
        Set<ValidationMessage> messages = schema.validate(body);
        return messages.stream().limit(3).map(message -> where + ": " + message.getMessage()).toList();
    }

    /** The schema at a pointer into the document, its references resolved against the document itself. */
    private JsonSchema schemaAt(String pointer) {
        ObjectNode root = document.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#" + pointer);
        return schemas.getSchema(root);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return "describes " + list;
    }

    private static String truncate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /** One record of each kind for the generated requests to aim at. */
    private void createRecords() {
        ids.put("journals", Api.journal());
        ids.put("issues", Api.issue(ids.get("journals")));
        Api.mergePatch().body(Map.of("publishedOn", "2024-06-01")).patch(API + "issues/" + ids.get("issues")).then()
                .statusCode(200);
        ids.put("articles", Api.article(ids.get("issues")));
        Api.mergePatch().body(Map.of("status", "published")).patch(API + "articles/" + ids.get("articles")).then()
                .statusCode(200);
        ids.put("pages", Api.page(ids.get("articles"), "the OCR text"));
        ids.put("sections", Api.create(API + "articles/" + ids.get("articles") + "/sections",
                Map.of("level", 1, "text", "the body text")));
        ids.put("footnotes", Api.create(API + "articles/" + ids.get("articles") + "/footnotes",
                Map.of("language", "en", "text", "the note")));
        ids.put("abstracts", Api.create(API + "articles/" + ids.get("articles") + "/abstracts",
                Map.of("language", "en", "text", "the abstract")));
        Api.mergePatch().body(Map.of("text", "the body text, corrected")).patch(API + "sections/" + ids.get("sections"))
                .then().statusCode(200);
        ids.put("revisions", given().get(API + "sections/" + ids.get("sections") + "/revisions").then().statusCode(200)
                .extract().path("items[0].id"));
        Map<String, Object> search = Map.of("scope", Map.of("kind", "article", "id", ids.get("articles")), "find", "text",
                "replacement", "TEXT", "regex", false, "matchCase", true);
        List<String> hits = Api.json().body(search).post(API + "replacements/preview").then().statusCode(200).extract()
                .path("hits.id");
        ids.put("changesets", Api.json().body(Map.of("search", search, "accept", hits)).post(API + "changesets").then()
                .statusCode(201).extract().path("changesetId"));
        ids.put("imports", given().contentType("text/plain; charset=UTF-8").body("One page\nof text\n")
                .post(API + "imports?journal=Conformance&year=2020&issue=1").then().statusCode(201).extract().path("id"));
        readToken = Api.json().body(Map.of("name", "conformance reader", "scope", "read")).post(API + "tokens").then()
                .statusCode(201).extract().path("secret");
        ids.put("tokens", Api.json().body(Map.of("name", "conformance spare", "scope", "read")).post(API + "tokens").then()
                .statusCode(201).extract().path("id"));
    }
}
