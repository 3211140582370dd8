package org.redlines.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Hostile dataset files uploaded on the import page: each is refused with a message that names the problem,
 * quickly, and every table is exactly as before (a checksum of all rows of every table).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile-datasets;DB_CLOSE_DELAY=-1")
@ViewPackages(packages = "org.redlines")
@WithMockUser(
        username = "ada",
        roles = {"VIEWER", "ANALYST", "ADMIN"})
class HostileDatasetTest extends SpringBrowserlessTest {

    /** Generous: each file is refused in well under a second; this only catches runaway parsing. */
    static final long MAX_MILLIS = 10_000;

    @Autowired
    JdbcTemplate jdbc;

    private String checksum() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables"
                        + " where table_schema = 'PUBLIC' order by table_name",
                String.class);
        assertThat(tables).contains("POSITION_ENTRY", "POINT", "APP_USER", "AUDIT_REVISION");
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("select * from \"" + table + "\" order by 1")) {
                digest.update((table + row).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String refuse(String name, byte[] content) throws Exception {
        UI.getCurrent().navigate("import");
        ImportView view = find(ImportView.class).single();
        String before = checksum();
        long start = System.nanoTime();
        view.received(name, content);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as(name + " took " + millis + " ms").isLessThan(MAX_MILLIS);
        assertThat(view.problems.isVisible()).as(name).isTrue();
        assertThat(view.preview.isVisible()).as(name).isFalse();
        assertThat(checksum()).as(name + ": the database is unchanged").isEqualTo(before);
        String text = view.problems.getElement().getTextRecursively();
        assertThat(text)
                .as(name)
                .contains("Nothing was changed")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        return text;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String valid() {
        return new String(
                utf8(org.redlines.dataset.DatasetWriter.write(org.redlines.dataset.DatasetReader.read(
                        getClass().getResourceAsStream("/fixtures/matrix-fixture.json")))),
                StandardCharsets.UTF_8);
    }

    @Test
    void a_file_that_is_not_json() throws Exception {
        assertThat(refuse("notes.json", utf8("These are my notes, not JSON."))).contains("line 1");
        assertThat(refuse("binary.json", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 2, 3}))
                .contains("problem");
    }

    @Test
    void a_truncated_file() throws Exception {
        String whole = valid();
        assertThat(refuse("truncated.json", utf8(whole.substring(0, whole.length() / 2))))
                .contains("line");
    }

    @Test
    void a_deeply_nested_file() throws Exception {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertThat(refuse("deep.json", utf8(deep))).contains("problem");
        String deepObject = "{\"format\":\"redlines-dataset/1\",\"title\":\"t\",\"actors\":" + "[".repeat(100_000);
        refuse("deep-object.json", utf8(deepObject));
    }

    @Test
    void wrong_types_unknown_fields_and_duplicate_keys() throws Exception {
        String whole = valid();
        assertThat(refuse("types.json", utf8(whole.replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": 42"))))
                .contains("title");
        assertThat(refuse("unknown.json", utf8(whole.replaceFirst("\\{", "{\"extra\": true,"))))
                .contains("extra");
        assertThat(refuse("duplicate.json", utf8(whole.replaceFirst("\\{", "{\"title\": \"first\","))))
                .contains("title");
    }

    @Test
    void ten_thousand_character_strings() throws Exception {
        String whole = valid();
        String huge = "A".repeat(10_000);
        assertThat(refuse(
                        "long.json",
                        utf8(whole.replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": \"" + huge + "\""))))
                .contains("title");
    }

    @Test
    void a_billion_laughs_style_file_of_millions_of_tiny_elements() throws Exception {
        StringBuilder laughs = new StringBuilder("{\"format\":\"redlines-dataset/1\",\"title\":\"lol\",\"lol\":[");
        for (int i = 0; i < 2_000_000; i++) {
            laughs.append(i == 0 ? "" : ",").append("[[\"lol\"]]");
        }
        laughs.append("]}");
        assertThat(refuse("laughs.json", utf8(laughs.toString()))).contains("lol");
    }

    @Test
    void a_file_over_the_size_limit() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(refuse("big.json", big)).contains("larger than the limit of 20 MB");
    }
}
