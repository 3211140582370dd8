package org.redlines.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Raw hostile requests, as a browser or a script would send them, including encodings that no URL builder
 * produces: no answer is a server error, and none shows a stack trace or exception text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileHttpTest {

    @LocalServerPort
    int port;

    static List<String> targets() {
        List<String> out = new ArrayList<>();
        String[] paths = {
            "/matrix",
            "/charts",
            "/compare/actors",
            "/compare/plans",
            "/changes",
            "/points/US-28/21",
            "/export/matrix.csv",
            "/export/matrix.xlsx",
            "/export/dataset.json",
            "/login",
            "/audit",
            "/import",
            "/api/v1/matrix",
            "/api/v1/plans",
            "/api/v1/points/US-28/21",
            "/api/v1/compare/actors",
            "/api/v1/compare/plans",
            "/api/v1/changes",
            "/api/v1/events",
            "/review",
            "/releases",
            "/releases/2026.06",
            "/export/releases/2026.06/SHA256SUMS"
        };
        String[] queries = {
            "plan=%ZZ",
            "plan=%C3%28",
            "plan=%00",
            "q=%0d%0aSet-Cookie:%20x=y",
            "asOf=2025-13-45",
            "rev=-1",
            "rev=99999999999999999999",
            "rev=%3Cscript%3E",
            "actors=UA&actors=RU&actors=%3Cimg%3E",
            "plan=' OR 1=1 --",
            "plan=%27%20OR%201%3D1%20--",
            "q=" + "x".repeat(6000),
            "a=ZZ&b=%E2%80%AE",
            "chart=pie",
            "refs=" + "1,".repeat(2000),
            "from=0000-00-00&to=9999-99-99",
            "%ZZ=%ZZ",
            "=&&&=",
            "plan",
            "stances=%F0%9F%92%A3",
            "topics=..%2F..%2Fetc%2Fpasswd"
        };
        for (String path : paths) {
            for (String query : queries) {
                out.add(path + "?" + query);
            }
        }
        for (String path : new String[] {
            "/points/%2F/x",
            "/points/US-28/%00",
            "/points/US-28/..%2F..%2F",
            "/points/%3Cscript%3E/%3Cscript%3E",
            "/points/US-28/" + "9".repeat(3000),
            "/points",
            "/points/US-28",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/matrix/../../etc/passwd",
            "/VAADIN/..%2F..%2Fpom.xml",
            "/export/%00",
            "/" + "a".repeat(9000),
            "/matrix;jsessionid=abc",
            "/matrix%00.csv",
            "/releases/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/releases/..%2F..%2Fetc%2Fpasswd",
            "/export/releases/..%2F..%2F/SHA256SUMS",
            "/export/releases/x/%00",
            "/export/releases/%3Cimg%3E/..%2Fpom.xml"
        }) {
            out.add(path);
        }
        return out;
    }

    /** Sends the request line as is, without any client-side encoding or validation. */
    private String raw(String target) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void no_hostile_request_gets_a_server_error_or_a_stack_trace() throws Exception {
        List<String> targets = targets();
        assertThat(targets).hasSizeGreaterThanOrEqualTo(200);
        List<String> failures = new ArrayList<>();
        for (String target : targets) {
            String response = raw(target);
            String status = response.isEmpty()
                    ? ""
                    : response.substring(0, response.indexOf('\r') < 0 ? response.length() : response.indexOf('\r'));
            String body = response.toLowerCase();
            if (!status.matches("HTTP/1\\.1 [1-4]\\d\\d.*")) {
                failures.add(target.substring(0, Math.min(120, target.length())) + " -> " + status);
            } else if (body.contains("exception")
                    || body.contains("at org.")
                    || body.contains("at java.")
                    || body.contains("stacktrace")) {
                failures.add(target.substring(0, Math.min(120, target.length())) + " -> shows exception text");
            }
        }
        assertThat(failures).isEmpty();
    }
}
