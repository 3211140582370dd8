package org.redlines.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated users over HTTP, each with its own session, doing what the browser does for the matrix: load the
 * page, create the UI ({@code v-r=init}), navigate to the matrix, then change filters (each a router navigation,
 * which is what the filter bar sends). Measures the server's answer times; it renders nothing.
 * Usage: {@code LoadBenchmark BASE_URL USERS CHANGES_PER_USER PLAN THINK_MS}: with THINK_MS above 0, users start
 * spread over twice that time and wait THINK_MS (randomised +-50%) between actions, as readers do; 0 starts
 * everyone at once without pauses. Only loopback addresses are allowed.
 */
public final class LoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final String[] FILTERS = {
        "redline=true",
        "contested=true",
        "stances=opposes",
        "topics=territory",
        "q=ceasefire",
        "asOf=2025-12-10",
        "stances=supports,conditional",
        ""
    };

    private LoadBenchmark() {}

    public record Result(
            int users, int requests, int errors, double seconds, long[] sortedMillis, long[] sortedChangeMillis) {

        static double percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(sorted.length * p) - 1];
        }

        @Override
        public String toString() {
            return String.format(
                    "%d users, %d requests in %.1f s (%.1f requests/s), %d errors; "
                            + "all requests: median %.0f ms, p95 %.0f ms, max %.0f ms; filter changes alone: median %.0f ms, "
                            + "p95 %.0f ms",
                    users,
                    requests,
                    seconds,
                    requests / seconds,
                    errors,
                    percentile(sortedMillis, 0.5),
                    percentile(sortedMillis, 0.95),
                    percentile(sortedMillis, 1.0),
                    percentile(sortedChangeMillis, 0.5),
                    percentile(sortedChangeMillis, 0.95));
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String plan = args.length > 3 && !args[3].equals("-") ? args[3] : "";
        int think = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        System.out.println(run(base, users, changes, plan, think));
    }

    public static Result run(String base, int users, int changes, String plan, int thinkMillis) throws Exception {
        String host = URI.create(base).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("load is only sent to this machine (loopback), not to " + host);
        }
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        List<Long> changeTimes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                int user = u;
                running.add(pool.submit(() -> {
                    try {
                        new User(base, plan, thinkMillis, user).session(changes, user, times, changeTimes, errors);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        long[] sortedChanges = changeTimes.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sortedChanges);
        return new Result(users, sorted.length, errors.get(), seconds, sorted, sortedChanges);
    }

    private static final class User {
        private final String base;
        private final String plan;
        private final HttpClient http;
        private String csrf;
        private int syncId;
        private int clientId;
        private final int think;
        private final java.util.SplittableRandom random;

        User(String base, String plan, int think, int index) {
            this.base = base;
            this.plan = plan;
            this.think = think;
            this.random = new java.util.SplittableRandom(1000L + index);
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        /** A failed filter change counts as an error and the user goes on; a failed start ends the user. */
        void session(int changes, int user, List<Long> times, List<Long> changeTimes, AtomicInteger errors)
                throws IOException, InterruptedException {
            String planQuery = plan.isEmpty() ? "" : "plan=" + plan;
            if (think > 0) {
                Thread.sleep(random.nextInt(2 * think + 1));
            }
            timed(times, () -> get("matrix" + (planQuery.isEmpty() ? "" : "?" + planQuery)));
            String init = timed(
                    times,
                    () -> get("?v-r=init&location=matrix&query="
                            + java.net.URLEncoder.encode(planQuery, java.nio.charset.StandardCharsets.UTF_8)));
            Matcher m = CSRF.matcher(init);
            if (!m.find()) {
                throw new IOException("no CSRF token in the init response");
            }
            csrf = m.group(1);
            timed(times, () -> navigate(planQuery));
            for (int i = 0; i < changes; i++) {
                if (think > 0) {
                    Thread.sleep(think / 2 + random.nextInt(think + 1));
                }
                String filter = FILTERS[(i + user) % FILTERS.length];
                String query = planQuery.isEmpty() ? filter : filter.isEmpty() ? planQuery : planQuery + "&" + filter;
                long start = System.nanoTime();
                try {
                    timed(times, () -> navigate(query));
                    changeTimes.add((System.nanoTime() - start) / 1_000_000);
                } catch (IOException failed) {
                    errors.incrementAndGet();
                }
            }
        }

        private interface Call {
            String run() throws IOException, InterruptedException;
        }

        private static String timed(List<Long> times, Call call) throws IOException, InterruptedException {
            long start = System.nanoTime();
            String body = call.run();
            times.add((System.nanoTime() - start) / 1_000_000);
            return body;
        }

        private String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException(path + ": HTTP " + r.statusCode());
            }
            return r.body();
        }

        /** The router navigation a filter change makes, as the client sends it. */
        private String navigate(String query) throws IOException, InterruptedException {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"matrix\",\"query\":\"" + query
                    + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + syncId + "},\"trigger\":\"\"}}],"
                    + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String text = r.body();
            if (r.statusCode() != 200
                    || text.contains("\"appError\"")
                    || text.contains("\"meta\":{\"async\"") && !text.contains("syncId")) {
                throw new IOException("navigation failed: HTTP " + r.statusCode());
            }
            Matcher sync = SYNC.matcher(text);
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
            clientId++;
            return text;
        }
    }
}
