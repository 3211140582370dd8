package org.redlines.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redlines.charts.ChartKind;
import org.redlines.dataset.Stance;
import org.redlines.positions.Trend;
import org.redlines.positions.Verdict;

/** The interface exists whole in every language: no key missing from a file, no words left in a view's code. */
class LanguageFilesTest {

    private static final Locale UKRAINIAN = Locale.of("uk");

    @Test
    void every_language_file_has_every_key_with_the_same_placeholders() throws Exception {
        assertThat(I18nCheck.missingKeys()).isEmpty();
    }

    @Test
    void views_hold_no_words_of_their_own() throws Exception {
        assertThat(I18nCheck.hardCodedText()).isEmpty();
    }

    @Test
    void the_check_sees_a_hard_coded_label_and_a_missing_key() {
        assertThat(I18nCheck.looksLikeText("Copy link")).isTrue();
        assertThat(I18nCheck.looksLikeText("Legend:")).isTrue();
        assertThat(I18nCheck.looksLikeText("Копіювати")).isTrue();
        assertThat(I18nCheck.looksLikeText("matrix.copy-link")).isFalse();
        assertThat(I18nCheck.looksLikeText("rl-detail-close")).isFalse();
        assertThat(I18nCheck.looksLikeText("filter-plan")).isFalse();
    }

    /** The scan itself, on a view written the wrong way and the right way. */
    @Test
    void the_scan_reports_each_hard_coded_label_and_nothing_else(@TempDir Path dir) throws Exception {
        Path view = Files.createDirectories(dir.resolve("org/example/ui")).resolve("SloppyView.java");
        Files.writeString(
                view,
                String.join(
                        "\n",
                        "class SloppyView {",
                        "  Button save = new Button(\"Save changes\");",
                        "  void a() { dialog.setHeaderTitle(\"Edit point\"); }",
                        "  void b() { catalog.setLabel(\"Topics\"); }",
                        "  void c() { field.setId(\"name\"); field.setLabel(\"Name\"); }",
                        "  void d() { Notification.show(\"Saved\"); }",
                        "  void e() { getElement().setAttribute(\"aria-label\", \"Close the panel\"); }",
                        "  void f() { field.setPlaceholder(\"Пошук\"); }",
                        // Written the right way: none of these is reported.
                        "  void g() { field.setId(\"filter-plan\"); field.addClassName(\"rl-plan\"); }",
                        "  void h() { field.getStyle().set(\"width\", \"10em\"); }",
                        "  void i() { log.info(\"Started in {} ms\", ms); }",
                        "  void j() { field.setLabel(getTranslation(\"matrix.filter.plan\")); }",
                        "  void k() { link.getElement().setAttribute(\"rel\", \"noopener noreferrer\"); }",
                        "}"));
        List<String> found = I18nCheck.hardCodedText(dir);
        assertThat(found).hasSize(7);
        assertThat(found.stream()
                        .map(f -> f.replaceAll(".*SloppyView.java:(\\d+):.*", "$1"))
                        .toList())
                .containsExactly("2", "3", "4", "5", "6", "7", "8");
    }

    /** Keys made from codes at run time, which the source scan cannot see. */
    @Test
    void every_code_the_interface_names_has_its_words() {
        List<String> keys = new java.util.ArrayList<>();
        Arrays.stream(Stance.values()).forEach(s -> keys.add("stance." + s.code()));
        Arrays.stream(Trend.values()).forEach(s -> keys.add("trend." + s.code()));
        Arrays.stream(Verdict.values()).forEach(s -> keys.add("verdict." + s.code()));
        Arrays.stream(ChartKind.values()).forEach(s -> keys.add("chart.kind." + s.code()));
        for (String parameter : List.of("actors", "plans", "topics", "stances", "refs", "a", "b")) {
            keys.add("notice.unknown." + parameter);
        }
        assertThat(keys).allSatisfy(key -> assertThat(Messages.has(key)).as(key).isTrue());
    }

    @Test
    void english_and_ukrainian_are_offered_english_first() {
        assertThat(Messages.locales()).startsWith(Locale.ENGLISH).contains(UKRAINIAN);
        assertThat(Messages.supported("uk-UA")).isEqualTo(UKRAINIAN);
        assertThat(Messages.supported("en_GB")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.supported("xx")).isNull();
        assertThat(Messages.nearest(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void dates_and_numbers_are_written_as_each_language_writes_them() {
        LocalDate day = LocalDate.of(2025, 11, 20);
        assertThat(Messages.date(Locale.ENGLISH, day)).isEqualTo("2025-11-20");
        assertThat(Messages.date(UKRAINIAN, day)).isEqualTo("20.11.2025");
        assertThat(Messages.get(Locale.ENGLISH, "matrix.row-count", 1234, 5678)).isEqualTo("1,234 of 5,678 points");
        assertThat(Messages.get(UKRAINIAN, "matrix.row-count", 1234, 5678))
                .matches("Пункти: 1[\\s\\u00a0\\u202f]234 з 5[\\s\\u00a0\\u202f]678");
        assertThat(Messages.get(UKRAINIAN, "stance.opposes")).isEqualTo("Проти");
    }

    @Test
    void a_missing_key_shows_itself_rather_than_failing_the_page() {
        assertThat(Messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
    }

    /** A third interface language is one more file beside the others; nothing in the code names the languages. */
    @Test
    void a_third_language_is_one_more_file(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("vaadin-i18n"));
        Files.writeString(folder.resolve("translations.properties"), "hello=Hello\nformat.date=yyyy-MM-dd\n");
        Files.writeString(folder.resolve("translations_de.properties"), "hello=Hallo\nformat.date=dd.MM.yyyy\n");
        try (URLClassLoader classes = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Map<Locale, Properties> found = Messages.load(classes);
            assertThat(found.keySet()).containsExactly(Locale.ENGLISH, Locale.GERMAN);
            assertThat(found.get(Locale.GERMAN).getProperty("hello")).isEqualTo("Hallo");
        }
    }
}
