package org.redlines.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's description as a script author or a code generator fetches it: an OpenAPI 3.1 document at
 * {@code /api/v1/openapi.json} that a validating parser reads without a message and that describes every endpoint,
 * and its reference page, which a browser opens.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1",
            "redlines.dataset.location=classpath:fixtures/matrix-fixture.json"
        })
class OpenApiHttpTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_openapi_document_is_valid_3_1_and_describes_every_endpoint() throws Exception {
        HttpResponse<String> response = get("api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

        SwaggerParseResult parsed = new OpenAPIParser().readContents(response.body(), null, null);
        assertThat(parsed.getMessages()).as("the parser's messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(parsed.getOpenAPI().getPaths().keySet())
                .contains(
                        "/api/v1/plans",
                        "/api/v1/actors",
                        "/api/v1/topics",
                        "/api/v1/matrix",
                        "/api/v1/points/{plan}/{ref}",
                        "/api/v1/positions",
                        "/api/v1/positions/{id}",
                        "/api/v1/compare/actors",
                        "/api/v1/compare/plans",
                        "/api/v1/changes",
                        "/api/v1/events");
        var matrix = parsed.getOpenAPI().getPaths().get("/api/v1/matrix").getGet();
        assertThat(matrix.getParameters())
                .extracting(p -> p.getName())
                .contains("plan", "actors", "topics", "stances", "redline", "asOf", "rev");
        assertThat(matrix.getResponses()
                        .get("200")
                        .getContent()
                        .get("application/json")
                        .getSchema()
                        .get$ref())
                .endsWith("MatrixDocument");
        assertThat(matrix.getResponses().get("400").getContent()).containsKey("application/problem+json");
        assertThat(parsed.getOpenAPI().getPaths().get("/api/v1/events").getGet().getParameters())
                .extracting(p -> p.getName())
                .contains("page", "size", "kind");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKey("token");
        assertThat(parsed.getOpenAPI().getPaths().get("/api/v1/positions").getPost())
                .isNotNull();
        assertThat(parsed.getOpenAPI().getPaths().get("/api/v1/positions/{id}").getPut())
                .isNotNull();
    }

    @Test
    void the_reference_page_opens() throws Exception {
        HttpResponse<String> page = get("api/v1/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
