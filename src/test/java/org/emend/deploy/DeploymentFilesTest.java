package org.emend.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * What can be checked of deploy/ without a cluster or a container runtime: the files parse, the
 * production overlay renders with kustomize, every object has what the API server requires and
 * what Emend needs (probes, replicas, secrets, backups), and Compose has its two services.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final ObjectMapper YAML = new YAMLMapper();

    @Test
    void shouldParseEveryYamlFile() throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(DEPLOY)) {
            files = paths.filter(path -> path.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        for (Path file : files) {
            assertThat(documents(Files.readString(file))).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void shouldRenderTheProductionOverlayIntoValidObjects() throws Exception {
        boolean kubectl = Files.isExecutable(Path.of("/usr/bin/kubectl"));
        if (!kubectl && "true".equals(System.getenv("EMEND_REQUIRE_KUBECTL"))) {
            throw new AssertionError("/usr/bin/kubectl is missing: apt-get install kubernetes-client");
        }
        Assumptions.assumeTrue(kubectl, "kubectl (Debian's kubernetes-client) is not installed");
        Process process = new ProcessBuilder("kubectl", "kustomize",
                DEPLOY.resolve("kubernetes/overlays/production").toString())
                .redirectErrorStream(false).start();
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(errors).isZero();

        Map<String, JsonNode> objects = new HashMap<>();
        for (JsonNode object : documents(rendered)) {
            assertThat(object.path("apiVersion").asText()).as(object.toString()).isNotBlank();
            assertThat(object.path("kind").asText()).as(object.toString()).isNotBlank();
            assertThat(object.path("metadata").path("name").asText()).as(object.toString())
                    .matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
            assertThat(object.path("metadata").path("namespace").asText()).isEqualTo("emend");
            objects.put(object.get("kind").asText(), object);
        }
        assertThat(objects).containsOnlyKeys("ConfigMap", "Service", "Deployment", "Ingress", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "Cluster", "ScheduledBackup");

        JsonNode deployment = objects.get("Deployment").get("spec");
        assertThat(deployment.get("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.at("/strategy/type").asText()).isEqualTo("RollingUpdate");
        JsonNode labels = deployment.at("/template/metadata/labels");
        deployment.at("/selector/matchLabels").fields()
                .forEachRemaining(
                        label -> assertThat(labels.path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
        JsonNode container = deployment.at("/template/spec/containers/0");
        assertThat(container.get("name").asText()).isNotBlank();
        assertThat(container.get("image").asText()).isEqualTo("registry.example.org/emend:0.1.0");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        // Probes and metrics on the management port, which the Service does not expose
        List<String> probePorts = new ArrayList<>();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            probePorts.add(container.at("/" + probe + "/httpGet/port").asText());
        }
        assertThat(probePorts).containsOnly("management");
        List<Integer> containerPorts = new ArrayList<>();
        container.get("ports").forEach(port -> {
            if (port.get("name").asText().equals("management")) {
                containerPorts.add(port.get("containerPort").asInt());
            }
        });
        assertThat(containerPorts).containsExactly(9000);
        assertThat(deployment.at("/template/metadata/annotations").get("prometheus.io/port").asText()).isEqualTo("9000");
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        List<String> secrets = new ArrayList<>();
        container.get("env").forEach(variable -> secrets.add(variable.at("/valueFrom/secretKeyRef/name").asText()));
        assertThat(secrets).contains("emend-db-app", "emend-secrets");
        assertThat(deployment.at("/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();

        JsonNode service = objects.get("Service").get("spec");
        assertThat(service.get("ports")).isNotEmpty();
        service.get("ports").forEach(port -> assertThat(port.path("targetPort").asText()).isNotIn("management", "9000"));
        assertThat(service.get("selector").get("app.kubernetes.io/name").asText()).isEqualTo("emend");
        assertThat(objects.get("Ingress").at("/spec/rules/0/host").asText()).isEqualTo("archive.example.org");
        assertThat(objects.get("Ingress").at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("emend");
        JsonNode autoscaler = objects.get("HorizontalPodAutoscaler").get("spec");
        assertThat(autoscaler.at("/scaleTargetRef/name").asText()).isEqualTo("emend");
        assertThat(autoscaler.get("minReplicas").asInt()).isLessThanOrEqualTo(autoscaler.get("maxReplicas").asInt());
        assertThat(objects.get("PodDisruptionBudget").at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText())
                .isEqualTo("emend");
        assertThat(objects.get("ConfigMap").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText()).contains("emend-db-rw");

        JsonNode cluster = objects.get("Cluster").get("spec");
        assertThat(objects.get("Cluster").get("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.get("instances").asInt()).isEqualTo(3);
        assertThat(cluster.at("/storage/size").asText()).isEqualTo("200Gi");
        assertThat(cluster.at("/backup/barmanObjectStore/destinationPath").asText()).startsWith("s3://");
        assertThat(cluster.at("/backup/barmanObjectStore/s3Credentials/accessKeyId/name").asText())
                .isEqualTo("emend-db-backup");
        assertThat(objects.get("ScheduledBackup").at("/spec/cluster/name").asText()).isEqualTo("emend-db");
        assertThat(objects.get("ScheduledBackup").at("/spec/schedule").asText()).isNotBlank();
    }

    @Test
    void shouldDescribeEmendAndPostgresInCompose() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
        assertThat(compose.get("services").has("postgres")).isTrue();
        JsonNode emend = compose.at("/services/emend");
        assertThat(emend.at("/build/dockerfile").asText()).isEqualTo("deploy/Dockerfile");
        assertThat(emend.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText())
                .isEqualTo("jdbc:postgresql://postgres:5432/emend");
        assertThat(emend.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(compose.at("/volumes").has("postgres")).isTrue();
        // No secret in the file: only references to the environment
        assertThat(emend.at("/environment/QUARKUS_DATASOURCE_PASSWORD").asText()).startsWith("${");
    }

    private static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            for (var iterator = YAML.readValues(parser, JsonNode.class); iterator.hasNext();) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }
}
