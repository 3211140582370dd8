package org.redlines.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The words of the OpenAPI document that the code cannot say by itself: what the API is, how a script signs in,
 * the query parameters each endpoint reads from its link (the views' parameters, read as a whole by the shared
 * parser rather than one by one), and the problem documents it may answer with.
 */
@Configuration
class ApiDocumentation {

    private static final Map<String, String> MATRIX = parameters(
            "plan", "The plan's code (default: the latest plan).",
            "actors", "Parties' codes, comma-separated (columns keep the dataset's order).",
            "topics", "Topic codes, comma-separated.",
            "stances",
                    "Keep rows where a shown party has one of these stances: supports, conditional, opposes, unclear.",
            "redline", "true: only rows with a red line of a shown party.",
            "contested", "true: only rows where shown parties disagree.",
            "q", "Words that a point's title, summary or a shown entry contains.",
            "asOf", "The positions as they stood on this day (YYYY-MM-DD).",
            "refs", "Only these points, comma-separated refs.",
            "stale", "Mark entries older than this many days (1 to 36500): each cell gets stale true or false.",
            "staleOnly", "true (with stale): only rows with such an entry.",
            "minGrade",
                    "An Admiralty grade such as B3: each cell gets weak true when it takes a side and none of its"
                            + " entry's sources is graded at least this well (letter and digit); ungraded sources"
                            + " meet no threshold.",
            "weakOnly", "true (with minGrade): only rows with a weakly sourced cell.");

    private static final Map<String, String> REV =
            parameters("rev", "The data as recorded in this revision (what a frozen link shows).");

    private static final Map<String, String> PAGING =
            parameters("page", "The page, from 1 (default 1).", "size", "Items per page, 1 to 500 (default 100).");

    private static final Map<String, Map<String, String>> QUERIES = Map.of(
            "/api/v1/matrix", MATRIX,
            "/api/v1/compare/actors",
                    parameters(
                            "plan", "The plan's code.",
                            "a", "The first party's code.",
                            "b", "The second party's code.",
                            "verdict", "Only rows with this verdict: agree, partly, disagree, clash, unknown."),
            "/api/v1/compare/plans",
                    parameters("plans", "Plan codes, comma-separated.", "topics", "Topic codes, comma-separated."),
            "/api/v1/changes",
                    parameters(
                            "from", "First day (YYYY-MM-DD).",
                            "to", "Last day (YYYY-MM-DD).",
                            "actors", "Parties' codes, comma-separated.",
                            "plans", "Plan codes, comma-separated.",
                            "topics", "Topic codes, comma-separated.",
                            "trend", "Only moves of this kind: first, hardened, softened, mixed, unchanged."),
            "/api/v1/events",
                    parameters(
                            "actors", "Parties' codes, comma-separated.",
                            "kind", "talks, text, statement, decision or scheduled."));

    @Bean
    OpenAPI redlinesOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Redlines API")
                        .version("1")
                        .description("The red-lines matrix, points, comparisons, moves and events as JSON, with the"
                                + " views' parameters and meaning; strict about bad values (RFC 9457 problem"
                                + " documents). Reading is open unless the server requires a login; writing needs a"
                                + " personal API token with the write scope. See docs/API.md."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (rl_...) made on the API tokens page.")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    @Bean
    OpenApiCustomizer redlinesParameters() {
        return api -> {
            api.getComponents().addSchemas("Problem", problemSchema());
            api.getPaths().forEach((path, item) -> {
                QUERIES.getOrDefault(path, Map.of()).forEach((name, text) -> query(item.getGet(), name, text));
                if (item.getGet() != null && !path.startsWith("/api/v1/positions")) {
                    REV.forEach((name, text) -> query(item.getGet(), name, text));
                }
                if (path.equals("/api/v1/changes") || path.equals("/api/v1/events")) {
                    PAGING.forEach((name, text) -> query(item.getGet(), name, text));
                }
                for (Operation operation : item.readOperations()) {
                    problems(operation, path, item);
                }
            });
        };
    }

    private static void query(Operation operation, String name, String description) {
        if (operation != null) {
            operation.addParametersItem(new Parameter()
                    .in("query")
                    .name(name)
                    .required(false)
                    .description(description)
                    .schema(new Schema<String>().type("string")));
        }
    }

    private static void problems(Operation operation, String path, PathItem item) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "A bad parameter or body: each is named in invalid-params.");
        answers.put("401", "No valid token where one is needed (unknown, revoked or expired).");
        answers.put("429", "Over the token's rate limit; see Retry-After.");
        if (operation != item.getGet()) {
            answers.put("403", "The role or the token's scope may not write.");
            answers.put("409", "The entry changed since the version named; current holds what is stored.");
        }
        if (path.contains("{")) {
            answers.put("404", "No such point or entry.");
        }
        answers.forEach((status, text) -> operation
                .getResponses()
                .addApiResponse(
                        status,
                        new ApiResponse()
                                .description(text)
                                .content(new Content()
                                        .addMediaType(
                                                "application/problem+json",
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/Problem"))))));
    }

    private static Schema<?> problemSchema() {
        Schema<Object> param = new Schema<>().type("object");
        param.addProperty("name", new Schema<String>().type("string"));
        param.addProperty("value", new Schema<String>().types(java.util.Set.of("string", "null")));
        param.addProperty("reason", new Schema<String>().type("string"));
        param.addProperty("message", new Schema<String>().type("string"));
        Schema<Object> problem = new Schema<>().type("object").description("An RFC 9457 problem document.");
        problem.addProperty("type", new Schema<String>().type("string"));
        problem.addProperty("title", new Schema<String>().type("string"));
        problem.addProperty("status", new Schema<Integer>().type("integer"));
        problem.addProperty("detail", new Schema<String>().type("string"));
        problem.addProperty("instance", new Schema<String>().type("string"));
        problem.addProperty("invalid-params", new Schema<Object>().type("array").items(param));
        return problem;
    }

    private static Map<String, String> parameters(String... nameAndText) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            out.put(nameAndText[i], nameAndText[i + 1]);
        }
        return out;
    }
}
