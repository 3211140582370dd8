package org.redlines.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redlines.SignedIn.call;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.security.ApiTokenInfo;
import org.redlines.security.ApiTokenService;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * docs/API.md's examples run as a reader would paste them: every {@code sh} block in bash with curl, every
 * {@code python} block in Python 3 with requests and pandas (Debian's python3-requests and python3-pandas, which
 * .ci/run installs), against a server with the seeded data and an analyst's writing token. Each must finish
 * without an error and print what it is for.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:api-doc;DB_CLOSE_DELAY=-1"})
class ApiDocExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```(sh|python)\\n(.*?)```", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    static List<String[]> blocks;

    @BeforeAll
    static void read() throws Exception {
        String doc = Files.readString(Path.of("docs/API.md"));
        blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            blocks.add(new String[] {m.group(1), m.group(2)});
        }
    }

    private String token() {
        call("admin", Role.ADMIN, () -> {
            if (users.list().stream().noneMatch(u -> u.username().equals("anna"))) {
                users.create("anna", "a-long-password-1", Role.ANALYST);
            }
            return null;
        });
        return call("anna", Role.ANALYST, () -> tokens.create("docs", ApiTokenInfo.Scope.WRITE, Duration.ofDays(1)))
                .text();
    }

    private static String python() {
        // Debian's interpreter, where python3-requests and python3-pandas are; a version manager's may lack them.
        return new File("/usr/bin/python3").canExecute() ? "/usr/bin/python3" : "python3";
    }

    private String run(String language, String code, String token) throws Exception {
        String script = code.replace("http://localhost:8080", "http://localhost:" + port);
        List<String> command = language.equals("sh")
                ? List.of("bash", "-euo", "pipefail", "-c", script)
                : List.of(python(), "-c", script);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REDLINES_TOKEN", token);
        builder.environment().put("PATH", "/usr/bin:" + builder.environment().get("PATH"));
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("finished in time")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as(language + " example failed (install python3-requests python3-pandas if they are missing):\n" + code
                        + "\n--- output:\n" + output)
                .isZero();
        return output;
    }

    @Test
    void every_example_in_the_api_guide_runs() throws Exception {
        assertThat(blocks.stream().filter(b -> b[0].equals("sh"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(blocks.stream().filter(b -> b[0].equals("python"))).hasSizeGreaterThanOrEqualTo(2);
        String token = token();
        List<String> outputs = new ArrayList<>();
        for (String[] block : blocks) {
            outputs.add(run(block[0], block[1], token));
        }
        String all = String.join("\n", outputs);
        assertThat(all).as("the matrix of the first curl").contains("\"plan\":{\"code\":\"US-UA-20\"");
        assertThat(all).as("the conditional GET").containsPattern("(?m)^304$");
        assertThat(all).as("the events walked page by page").containsPattern("(?m)^2025-\\d\\d-\\d\\d ");
        assertThat(all).as("the pandas pivot").contains("party").contains("RU").contains("UA");
        assertThat(all).as("the correction's new version").containsPattern("(?m)^\\d+$");
    }
}
