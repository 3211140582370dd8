package org.redlines.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the two mistakes that leave part of the interface in one language: a key one language file lacks
 * (or a key the code asks for that no file has), and words written into a view instead of its language files.
 * Plain Java, so that it also runs on its own: {@code java src/test/java/org/redlines/i18n/I18nCheck.java}.
 */
public final class I18nCheck {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path FILES = Path.of("src/main/resources/vaadin-i18n");

    /**
     * Classes that write what users read although they are not in a {@code ui} package: the edges (app shell,
     * exports, the start-up log, the words of the core's codes). The core and the dataset format write none,
     * which ArchitectureTest enforces.
     */
    static final Set<String> INTERFACE_WRITERS = Set.of(
            "MainLayout.java",
            "AccessDeniedView.java",
            "NotFoundView.java",
            "ServerErrorView.java",
            "ErrorHandling.java",
            "BadLinkAdvice.java",
            "BriefingPdf.java",
            "BriefingController.java",
            "DatasetExportController.java",
            "DatasetSeeder.java",
            "ImportPreview.java",
            "MatrixCsv.java",
            "MatrixXlsx.java",
            "MatrixXlsxController.java",
            "MatrixSummary.java",
            "Words.java",
            "UserService.java");

    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|Messages\\.t|Messages\\.get|\\bt)\\(\\s*(?:[A-Za-z_.()]+,\\s*)?\"([a-z0-9][a-z0-9._-]*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+\\.?)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDY = Pattern.compile("[A-Za-z\\p{IsCyrillic}]{2,}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Lines that hold no words for people: logging, JavaScript, annotations, programmer errors, HTTP plumbing. */
    private static final Pattern SKIP_LINE = Pattern.compile("\\blog\\.(trace|debug|info|warn|error)\\("
            + "|LoggerFactory|executeJs|@(Route|RouteAlias|StyleSheet|JsModule|NpmPackage|CssImport|Query)\\b"
            + "|throw new (IllegalState|IllegalArgument|UncheckedIO)Exception|not-ui-text|MediaType|contentType"
            + "|setHeader\\(|HttpHeaders");
    /** Calls whose string arguments are ids, classes, sizes or plumbing attributes: removed before the scan. */
    private static final Pattern NOT_TEXT_CALL = Pattern.compile("\\b(setId|addClassNames?|removeClassNames?"
            + "|setClassName|addThemeNames?|setThemeName|setKey|setWidth|setHeight|setMinWidth|setMaxWidth"
            + "|setFlexBasis|setSplitterPosition)\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*,\\s*\"(?:[^\"\\\\]|\\\\.)*\")*\\s*\\)"
            + "|getStyle\\(\\)\\.set\\(\\s*\"[^\"]*\"\\s*,\\s*\"[^\"]*\"\\s*\\)"
            + "|setAttribute\\(\\s*\"(?:role|rel|download|tabindex|data-[a-z-]+|router-ignore|target|type|slot|theme"
            + "|name|href|autocomplete)\"\\s*,\\s*\"[^\"]*\"\\s*\\)");
    /** Letters an untranslated value may share with English: names, units and formats. */
    private static final Pattern SHARED_WORDS =
            Pattern.compile("\\{[^}]*}|Redlines|UTC|URL|PDF|CSV|XLSX|JSON|PNG" + "|null|true|false");

    private I18nCheck() {}

    public static void main(String[] args) throws IOException {
        List<String> problems = new ArrayList<>();
        problems.addAll(missingKeys());
        problems.addAll(hardCodedText());
        problems.forEach(System.out::println);
        System.out.println(problems.size() + " problem(s)");
    }

    /** Every language file has exactly English's keys with the same placeholders, and every key used exists. */
    public static List<String> missingKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Properties> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(FILES)) {
            for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".properties"))
                    .toList()) {
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                files.put(file.getFileName().toString(), p);
            }
        }
        Properties english = files.get("translations.properties");
        if (english == null) {
            return List.of("No " + FILES.resolve("translations.properties"));
        }
        for (var entry : files.entrySet()) {
            Properties other = entry.getValue();
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String value = other.getProperty(key);
                if (value == null) {
                    problems.add(entry.getKey() + ": missing key " + key);
                } else if (value.isBlank() && !english.getProperty(key).isBlank()) {
                    problems.add(entry.getKey() + ": empty value for " + key);
                } else if (!entry.getKey().equals("translations.properties")
                        && value.equals(english.getProperty(key))
                        && WORDY.matcher(SHARED_WORDS.matcher(value).replaceAll(""))
                                .find()) {
                    problems.add(entry.getKey() + ": " + key + " is still the English text");
                } else if (!placeholders(value).equals(placeholders(english.getProperty(key)))) {
                    problems.add(entry.getKey() + ": " + key + " has placeholders " + placeholders(value)
                            + ", English has " + placeholders(english.getProperty(key)));
                }
            }
            for (String key : new TreeSet<>(other.stringPropertyNames())) {
                if (!english.containsKey(key)) {
                    problems.add(entry.getKey() + ": key " + key + " is not in translations.properties");
                }
            }
        }
        // Every literal shaped like a key of a known family (matrix.copy-link, ...), wherever it stands: as the
        // argument of a translation call, in a ternary, an array or a helper's parameter.
        Set<String> families = new TreeSet<>();
        english.stringPropertyNames()
                .forEach(k -> families.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        try (Stream<Path> all = Files.walk(SOURCES)) {
            for (Path source :
                    all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(source);
                Matcher m = KEY_USE.matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    if (!english.containsKey(key) && !key.endsWith(".")) {
                        problems.add(source + ":" + line(text, m.start()) + ": key " + key + " is in no language file");
                    }
                }
                Matcher literal = KEY_LIKE.matcher(text);
                while (literal.find()) {
                    String key = literal.group(1);
                    String family = key.substring(0, key.indexOf('.'));
                    if (families.contains(family)
                            && !english.containsKey(key)
                            && !key.endsWith(".")
                            && !key.matches(".*\\.(csv|json|pdf|xlsx|ics|png|properties|java|html|css|ts|js|zip|mv)")
                            && problems.stream()
                                    .noneMatch(p -> p.endsWith(": key " + key + " is in no language file"))) {
                        problems.add(source + ":" + line(text, literal.start()) + ": key " + key
                                + " is in no language file");
                    }
                }
            }
        }
        return problems;
    }

    /** String literals in views that read like words for people, rather than keys, ids or styles. */
    public static List<String> hardCodedText() throws IOException {
        return hardCodedText(SOURCES);
    }

    static List<String> hardCodedText(Path sources) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> all = Files.walk(sources)) {
            for (Path source : all.filter(I18nCheck::isInterface).sorted().toList()) {
                List<String> lines = Files.readAllLines(source);
                boolean inComment = false;
                boolean inTextBlock = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String trimmed = line.strip();
                    if (inTextBlock) {
                        inTextBlock = !trimmed.contains("\"\"\"");
                        continue;
                    }
                    if (trimmed.contains("\"\"\"")) {
                        inTextBlock = trimmed.indexOf("\"\"\"") == trimmed.lastIndexOf("\"\"\"");
                        continue;
                    }
                    if (inComment) {
                        inComment = !trimmed.contains("*/");
                        continue;
                    }
                    if (trimmed.startsWith("/*")) {
                        inComment = !trimmed.contains("*/");
                        continue;
                    }
                    if (trimmed.startsWith("//") || trimmed.startsWith("*")) {
                        continue;
                    }
                    int first = i;
                    StringBuilder statement = new StringBuilder(stripLineComment(line));
                    StringBuilder withComments = new StringBuilder(line);
                    for (int depth = parenBalance(stripLineComment(line));
                            depth > 0
                                    && i + 1 < lines.size()
                                    && !lines.get(i + 1).contains("\"\"\"");
                            depth += parenBalance(stripLineComment(lines.get(i)))) {
                        i++;
                        statement
                                .append(' ')
                                .append(stripLineComment(lines.get(i)).strip());
                        withComments.append(' ').append(lines.get(i).strip());
                    }
                    if (SKIP_LINE.matcher(withComments).find()) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(NOT_TEXT_CALL.matcher(statement).replaceAll(""));
                    while (m.find()) {
                        String literal = m.group(1);
                        if (looksLikeText(literal)) {
                            problems.add(source + ":" + (first + 1) + ": text in code: \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        return problems;
    }

    static boolean looksLikeText(String literal) {
        if (!WORDY.matcher(literal).find()) {
            return false;
        }
        if (literal.matches("[a-z0-9][a-z0-9._/:-]*") || literal.matches("[a-z][a-zA-Z0-9]*")) {
            return false; // keys, ids, parameters, paths
        }
        if (literal.startsWith("var(--")
                || literal.startsWith("--")
                || literal.startsWith("rl-")
                || literal.startsWith("lumo")
                || literal.startsWith("vaadin:")) {
            return false;
        }
        if (literal.matches("(?is)\\s*(select|insert|update|delete|and|or|order by|group by|from|where|join)\\b.*")
                || literal.matches("(?s).*(_aud\\b|:[a-z]+\\b|fetch first|rows only).*")) {
            return false; // SQL
        }
        if (literal.matches("[A-Z0-9_]+")) {
            return false; // constants and codes
        }
        return literal.contains(" ") || literal.matches("[A-Z][a-z].*") || literal.matches(".*\\p{IsCyrillic}.*");
    }

    static boolean isInterface(Path source) {
        String path = source.toString().replace('\\', '/');
        String name = source.getFileName().toString();
        return path.endsWith(".java") && (path.contains("/ui/") || INTERFACE_WRITERS.contains(name));
    }

    /**
     * Opening minus closing parentheses outside string literals: a call the formatter split over several lines is
     * read as one statement, so that the call it is (a log line, say) decides, as on one line.
     */
    private static int parenBalance(String line) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                depth--;
            }
        }
        return depth;
    }

    private static String stripLineComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
