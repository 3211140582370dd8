package org.redlines.share;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the client's bundled scripts ({@code /VAADIN/build/*.js}) and the stylesheets ({@code /lumo/lumo.css},
 * {@code /styles.css}) from memory, each read once from the class path with its compressed forms made once.
 *
 * <p>Vaadin's own static-file handler opens the application jar as a zip file system for every file it serves and
 * compresses {@code lumo.css} again on each request: 4-7 ms of CPU per file, for the 36 files a first visit loads in
 * two bursts while the browser compiles the client on the same cores. Served from here a file costs a map look-up
 * and a write (ADR 28). The headers are Vaadin's (the same cache times, {@code Last-Modified}, {@code Vary}) plus an
 * {@code ETag}. Only in production mode, where these files cannot change while the app runs; in development, and for
 * any path it does not find, the request goes on to Vaadin. Runs after Spring Security (no order of its own), so the
 * access rules apply as before. Off with {@code redlines.share.client-files-from-memory=false} (for comparison).
 */
@Component
class ClientFilesFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ClientFilesFilter.class);

    /** Vite's output: flat, each name carries a hash of its content. */
    private static final Pattern BUILD = Pattern.compile("/VAADIN/build/[A-Za-z0-9_][A-Za-z0-9_.-]*\\.js");

    /** The stylesheets named by {@code @StyleSheet}: the app's own and Lumo's, from {@code META-INF/resources}. */
    private static final Pattern STYLES = Pattern.compile("/(?:lumo/)?[A-Za-z0-9_][A-Za-z0-9_.-]*\\.css");

    /** As Tomcat's compression, which these answers bypass: smaller files are sent as they are. */
    private static final int COMPRESS_FROM = 2048;

    record ClientFile(byte[] plain, byte[] gzip, byte[] brotli, String type, String etag, long lastModified) {}

    private final boolean wanted;
    private final ClassLoader classLoader = ClientFilesFilter.class.getClassLoader();
    private final Map<String, ClientFile> files = new ConcurrentHashMap<>();
    private volatile Boolean productionMode;

    ClientFilesFilter(@Value("${redlines.share.client-files-from-memory:true}") boolean wanted) {
        this.wanted = wanted;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!wanted) {
            return true;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = path(request);
        return !(BUILD.matcher(path).matches() || STYLES.matcher(path).matches()) || !productionMode(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        ClientFile file = files.get(path);
        if (file == null) {
            file = load(path);
            if (file == null) {
                chain.doFilter(request, response);
                return;
            }
            files.putIfAbsent(path, file);
        }
        write(file, path, request, response);
    }

    private static void write(ClientFile file, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean versioned = request.getParameter("v-c") != null;
        response.setHeader("Cache-Control", versioned ? "max-age=31536000, immutable" : "max-age=3600");
        response.setHeader("ETag", file.etag());
        response.setDateHeader("Last-Modified", file.lastModified());
        if (notModified(file, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = file.plain();
        if (file.brotli() != null && accepts(request, "br")) {
            body = file.brotli();
            response.setHeader("Content-Encoding", "br");
        } else if (file.gzip() != null && accepts(request, "gzip")) {
            body = file.gzip();
            response.setHeader("Content-Encoding", "gzip");
        }
        if (file.brotli() != null || file.gzip() != null) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(file.type());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(ClientFile file, HttpServletRequest request) {
        String tags = request.getHeader("If-None-Match");
        if (tags != null) {
            for (String tag : tags.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(file.etag()) || t.equals("W/" + file.etag())) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && file.lastModified() / 1000 <= since / 1000;
    }

    /** Whether the client takes this content coding (a token in Accept-Encoding, not with q=0). */
    static boolean accepts(HttpServletRequest request, String coding) {
        String header = request.getHeader("Accept-Encoding");
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            if (!pieces[0].strip().equalsIgnoreCase(coding)) {
                continue;
            }
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (p.startsWith("q=") && p.substring(2).strip().matches("0(\\.0*)?")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The file from the class path where Vaadin looks for it, or null when it is not there. */
    private ClientFile load(String path) {
        boolean script = path.startsWith("/VAADIN/build/");
        String name = (script ? "META-INF/VAADIN/webapp" : "META-INF/resources") + path;
        try {
            URL url = classLoader.getResource(name);
            if (url == null) {
                return null;
            }
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            long lastModified = connection instanceof JarURLConnection jar
                    ? jar.getJarEntry().getTime()
                    : connection.getLastModified();
            byte[] plain;
            try (InputStream in = connection.getInputStream()) {
                plain = in.readAllBytes();
            }
            byte[] brotli = null;
            URL br = classLoader.getResource(name + ".br");
            if (br != null) {
                URLConnection c = br.openConnection();
                c.setUseCaches(false);
                try (InputStream in = c.getInputStream()) {
                    brotli = in.readAllBytes();
                }
            }
            byte[] gzip = plain.length >= COMPRESS_FROM ? gzip(plain) : null;
            String type = script ? "text/javascript;charset=utf-8" : "text/css;charset=utf-8";
            return new ClientFile(plain, gzip, brotli, type, etag(plain), lastModified > 0 ? lastModified : 0);
        } catch (IOException | UncheckedIOException unreadable) {
            LOG.debug("{} not served from memory: {}", path, unreadable.toString());
            return null;
        }
    }

    private boolean productionMode(HttpServletRequest request) {
        Boolean known = productionMode;
        if (known == null) {
            try {
                known = ApplicationConfiguration.get(new VaadinServletContext(request.getServletContext()))
                        .isProductionMode();
            } catch (RuntimeException notYet) {
                return false;
            }
            productionMode = known;
        }
        return known;
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(plain);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] plain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
