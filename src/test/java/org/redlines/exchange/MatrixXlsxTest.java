package org.redlines.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redlines.dataset.Stance;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.PlanInfo;
import org.redlines.positions.PointInfo;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;
import org.redlines.positions.TopicInfo;

class MatrixXlsxTest {

    private static final String BASE = "https://redlines.example/app/";
    private static final String FORMULA_SUMMARY = "=HYPERLINK(\"https://evil.example\",\"click\")";
    private static final String FORMULA_TITLE = "+SUM(1,2)";
    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05.678Z");

    private static MatrixPage page;
    private static String link;
    private static List<String> headerLines;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        PlanInfo plan = new PlanInfo("P1", "Peace plan", LocalDate.of(2024, 1, 1), "origin", "summary");
        ActorInfo alpha = new ActorInfo("AA", "Alpha");
        ActorInfo beta = new ActorInfo("BB", "Beta");
        Catalog catalog = new Catalog(
                List.of(plan),
                List.of(alpha, beta, new ActorInfo("CC", "Gamma")),
                List.of(new TopicInfo("t1", "Borders"), new TopicInfo("t2", "Security")),
                Map.of("P1", Set.of("2", "10", "11")));
        // no plan named: the export's link must still name the plan it shows
        MatrixFilter filter = new MatrixFilter(
                null,
                List.of("AA", "BB"),
                Set.of("t1"),
                Set.of(Stance.OPPOSES, Stance.SUPPORTS),
                false,
                true,
                "line",
                LocalDate.of(2024, 5, 1),
                null,
                Set.of("10", "2"));

        Map<String, Integer> columns = Map.of("AA", 0, "BB", 1);
        PositionInfo redLine = new PositionInfo(
                1, "P1", "2", "AA", Stance.OPPOSES, true, FORMULA_SUMMARY, LocalDate.of(2024, 4, 2), 0, 2);
        PositionInfo supports =
                new PositionInfo(2, "P1", "2", "BB", Stance.SUPPORTS, false, "Agrees.", LocalDate.of(2024, 3, 1), 0, 1);
        PositionInfo unclear = new PositionInfo(
                3, "P1", "10", "BB", Stance.UNCLEAR, false, "No word yet.", LocalDate.of(2024, 2, 1), 0, 0);
        List<Matrix.Row> rows = List.of(
                new Matrix.Row(
                        new PointInfo("P1", "2", 0, "Border line", "", "t1", "Borders", null),
                        columns,
                        new PositionInfo[] {redLine, supports}),
                new Matrix.Row(
                        new PointInfo("P1", "10", 1, FORMULA_TITLE, "", "t1", "Borders", null),
                        columns,
                        new PositionInfo[] {null, unclear}));
        Matrix matrix = new Matrix(plan, List.of(alpha, beta), rows, Map.of(), Optional.empty());
        page = new MatrixPage(catalog, filter, List.of(), matrix);

        Map<Long, List<SourceInfo>> sources = Map.of(
                1L,
                        List.of(
                                new SourceInfo(
                                        "Agency", "Statement", "https://news.example/a", LocalDate.of(2024, 4, 2)),
                                new SourceInfo("Blog", "Sneaky", "javascript:alert(1)", LocalDate.of(2024, 4, 3))),
                2L, List.of(new SourceInfo("Paper", "Interview", "http://paper.example/b", null)));

        link = BASE + MatrixXlsxController.viewLink(page);
        headerLines = MatrixXlsxController.headerLines(page, NOW);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixXlsx.write(page, sources, link, headerLines, out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void the_header_names_the_plan_the_filters_the_date_and_links_to_the_view() {
        assertThat(link)
                .isEqualTo(BASE + "matrix?plan=P1&actors=AA,BB&topics=t1&stances=supports,opposes"
                        + "&contested=true&q=line&asOf=2024-05-01&refs=2,10");
        assertThat(headerLines)
                .containsExactly(
                        "Filters: plan P1; parties Alpha, Beta; topics Borders; stances Supports, Opposes; "
                                + "contested points only; search \"line\"; only points 2, 10",
                        "As of: 2024-05-01",
                        "Data: live, as recorded when exported",
                        "Exported: 2025-01-02T03:04:05Z");

        Sheet sheet = workbook.getSheet(MatrixXlsx.MATRIX_SHEET);
        List<String> top = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            top.add(text(sheet.getRow(r).getCell(0)));
        }
        assertThat(top)
                .containsExactly(
                        "Redlines: Peace plan",
                        headerLines.get(0),
                        headerLines.get(1),
                        headerLines.get(2),
                        headerLines.get(3),
                        "Link: " + link);
        XSSFCell linkCell = (XSSFCell) sheet.getRow(5).getCell(0);
        assertThat(linkCell.getHyperlink()).isNotNull();
        assertThat(linkCell.getHyperlink().getAddress()).isEqualTo(link);
    }

    @Test
    void the_grid_shows_each_shown_party_with_stance_word_red_line_mark_and_stance_fill() {
        Sheet sheet = workbook.getSheet(MatrixXlsx.MATRIX_SHEET);
        int header = headerRow(sheet);
        assertThat(texts(sheet.getRow(header))).containsExactly("Ref", "Point", "Topic", "Alpha", "Beta");

        Row border = sheet.getRow(header + 1);
        assertThat(texts(border).subList(0, 3)).containsExactly("2", "Border line", "Borders");
        Cell red = border.getCell(3);
        assertThat(text(red)).isEqualTo("Opposes — RED LINE\nas of 2024-04-02");
        XSSFCellStyle redStyle = (XSSFCellStyle) red.getCellStyle();
        assertThat(redStyle.getFillForegroundXSSFColor().getRGB())
                .isEqualTo(HexFormat.of().parseHex("fbe4e4"));
        assertThat(redStyle.getFont().getBold()).isTrue();
        assertThat(redStyle.getBorderTop()).isEqualTo(BorderStyle.THICK);
        assertThat(redStyle.getWrapText()).isTrue();

        Cell plain = border.getCell(4);
        assertThat(text(plain)).isEqualTo("Supports\nas of 2024-03-01");
        XSSFCellStyle plainStyle = (XSSFCellStyle) plain.getCellStyle();
        assertThat(plainStyle.getFillForegroundXSSFColor().getRGB())
                .isEqualTo(HexFormat.of().parseHex("e3f4e8"));
        assertThat(plainStyle.getFont().getBold()).isFalse();
        assertThat(plainStyle.getBorderTop()).isEqualTo(BorderStyle.NONE);

        Row other = sheet.getRow(header + 2);
        assertThat(text(other.getCell(0))).isEqualTo("10");
        assertThat(other.getCell(3) == null || text(other.getCell(3)).isEmpty()).isTrue();
        assertThat(text(other.getCell(4))).startsWith("Unclear");
        assertThat(sheet.getLastRowNum()).isEqualTo(header + 2);

        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
    }

    @Test
    void the_sources_sheet_lists_every_source_of_every_shown_cell_and_links_only_web_urls() {
        Sheet sheet = workbook.getSheet(MatrixXlsx.SOURCES_SHEET);
        assertThat(texts(sheet.getRow(0)))
                .containsExactly(
                        "Ref",
                        "Point",
                        "Actor",
                        "Stance",
                        "Red line",
                        "As of",
                        "Summary",
                        "Publisher",
                        "Title",
                        "Date",
                        "URL",
                        "Grade");
        assertThat(sheet.getLastRowNum()).isEqualTo(4);

        Row first = sheet.getRow(1);
        assertThat(List.of(
                        text(first.getCell(0)),
                        text(first.getCell(2)),
                        text(first.getCell(3)),
                        text(first.getCell(4)),
                        text(first.getCell(7)),
                        text(first.getCell(10))))
                .containsExactly("2", "Alpha", "Opposes", "yes", "Agency", "https://news.example/a");
        assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(first.getCell(10).getHyperlink().getAddress()).isEqualTo("https://news.example/a");

        Row script = sheet.getRow(2);
        assertThat(text(script.getCell(10))).isEqualTo("javascript:alert(1)");
        assertThat(script.getCell(10).getHyperlink()).isNull();

        Row paper = sheet.getRow(3);
        assertThat(List.of(text(paper.getCell(2)), text(paper.getCell(4)), text(paper.getCell(10))))
                .containsExactly("Beta", "no", "http://paper.example/b");
        assertThat(paper.getCell(10).getHyperlink().getAddress()).isEqualTo("http://paper.example/b");

        // a shown cell without sources is still listed, with empty source columns
        Row unsourced = sheet.getRow(4);
        assertThat(List.of(text(unsourced.getCell(0)), text(unsourced.getCell(2)), text(unsourced.getCell(3))))
                .containsExactly("10", "Beta", "Unclear");
        assertThat(unsourced.getCell(10)).isNull();
        assertThat(workbook.getSheet(MatrixXlsx.SOURCES_SHEET).getHyperlinkList())
                .hasSize(2);
    }

    @Test
    void text_that_looks_like_a_formula_is_stored_as_text() {
        Sheet sources = workbook.getSheet(MatrixXlsx.SOURCES_SHEET);
        Cell summary = sources.getRow(1).getCell(6);
        assertThat(summary.getCellType()).isEqualTo(CellType.STRING);
        assertThat(summary.getStringCellValue()).isEqualTo(FORMULA_SUMMARY);

        Sheet matrix = workbook.getSheet(MatrixXlsx.MATRIX_SHEET);
        Cell title = matrix.getRow(headerRow(matrix) + 2).getCell(1);
        assertThat(title.getCellType()).isEqualTo(CellType.STRING);
        assertThat(title.getStringCellValue()).isEqualTo(FORMULA_TITLE);

        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType())
                            .as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "Ref".equals(text(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no grid header");
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(text(row.getCell(c)));
        }
        return out;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }
}
