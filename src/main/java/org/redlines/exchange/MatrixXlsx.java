package org.redlines.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.redlines.dataset.Stance;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;

/**
 * Writes the shown matrix as an XLSX workbook: sheet "Matrix" with a header block (title, the caller's lines,
 * the view's link) above the grid, and sheet "Sources" with one row per source of every shown cell. Sheet names,
 * headings and labels are in the current language (the request's, in an export).
 * <p>
 * Every value is written as a text, number or date cell, never as a formula, so text such as {@code =1+1} from
 * the dataset stays inert. Stance colours are those of {@code styles.css} (light theme): the background as fill,
 * the matching dark colour as text, which keeps a contrast of at least 5.7:1.
 */
public final class MatrixXlsx {

    /** The sheets' names in English; {@link #matrixSheet()} and {@link #sourcesSheet()} give the current language's. */
    public static final String MATRIX_SHEET = Messages.get(Messages.ENGLISH, "xlsx.sheet.matrix");

    public static final String SOURCES_SHEET = Messages.get(Messages.ENGLISH, "common.sources");

    /** Rows kept in memory while writing; older rows go to a temporary file. */
    private static final int WINDOW = 200;

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String RED_LINE_COLOUR = "7a0010";
    private static final String HEADER_FILL = "e4e7eb";
    private static final String LINK_COLOUR = "0b4f9c";
    private static final float LINE_HEIGHT = 15f;
    private static final float MAX_ROW_HEIGHT = 409f;

    private static final int[] GRID_WIDTHS = {8, 42, 18};
    private static final int ACTOR_WIDTH = 20;
    private static final String[] SOURCE_HEADER = {
        "common.ref",
        "common.point",
        "export.column.actor",
        "common.stance",
        "common.red-line-label",
        "common.as-of-label",
        "export.column.summary",
        "common.publisher",
        "common.title",
        "common.date",
        "export.column.url",
        "common.grade"
    };
    private static final int[] SOURCE_WIDTHS = {8, 36, 20, 13, 9, 12, 50, 22, 40, 12, 45, 8};

    private MatrixXlsx() {}

    /** The name of the grid's sheet in the current language. */
    public static String matrixSheet() {
        return Messages.t("xlsx.sheet.matrix");
    }

    /** The name of the sources' sheet in the current language. */
    public static String sourcesSheet() {
        return Messages.t("common.sources");
    }

    /** Fill (the stance's background) and text colour (its foreground) as in styles.css. */
    static String fillOf(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> "e3f4e8";
            case CONDITIONAL -> "fdf0dc";
            case OPPOSES -> "fbe4e4";
            case UNCLEAR -> "eceff3";
        };
    }

    static String textColourOf(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> "176b34";
            case CONDITIONAL -> "8a4b00";
            case OPPOSES -> "a3161a";
            case UNCLEAR -> "4a5563";
        };
    }

    /** The text of a matrix cell: the stance word, the red-line mark, and the date of the position. */
    static String cellText(PositionInfo position) {
        return cellText(position, List.of());
    }

    /** The same, with the view's marks for it (stale, weakly sourced), each on a line of its own. */
    static String cellText(PositionInfo position, List<String> marks) {
        String text = position.redLine()
                ? Messages.t("export.red-line", Words.stance(position.stance()))
                : Words.stance(position.stance());
        if (position.asOf() != null) {
            text += "\n" + Messages.t("common.as-of-inline", position.asOf());
        }
        for (String mark : marks) {
            text += "\n" + mark;
        }
        return text;
    }

    public static void write(
            MatrixPage page,
            Map<Long, List<SourceInfo>> sources,
            String viewLink,
            List<String> headerLines,
            OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            writeMatrix(workbook.createSheet(matrixSheet()), styles, page, viewLink, headerLines);
            writeSources(workbook.createSheet(sourcesSheet()), styles, page.matrix(), sources);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the workbook was only in memory and temporary files, which dispose() removed
            }
        }
    }

    private static void writeMatrix(
            Sheet sheet, Styles styles, MatrixPage page, String viewLink, List<String> headerLines) {
        Matrix matrix = page.matrix();
        int r = 0;
        text(sheet.createRow(r++), 0, Messages.t("xlsx.title", matrix.plan().title()), styles.title);
        for (String line : headerLines) {
            text(sheet.createRow(r++), 0, line, null);
        }
        Cell link = text(sheet.createRow(r++), 0, Messages.t("export.link-label") + ": " + viewLink, styles.link);
        hyperlink(link, viewLink, sheet);
        r++;

        int headerRow = r;
        Row header = sheet.createRow(r++);
        List<String> headings = new ArrayList<>(
                List.of(Messages.t("common.ref"), Messages.t("common.point"), Messages.t("common.topic")));
        matrix.actors().forEach(a -> headings.add(a.name()));
        for (int c = 0; c < headings.size(); c++) {
            text(header, c, headings.get(c), styles.header);
        }
        int[] widths = new int[headings.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c < GRID_WIDTHS.length ? GRID_WIDTHS[c] : ACTOR_WIDTH;
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        header.setHeightInPoints(height(headings, widths));

        for (Matrix.Row row : matrix.rows()) {
            Row line = sheet.createRow(r++);
            List<String> values = new ArrayList<>(List.of(
                    nullToEmpty(row.point().ref()),
                    nullToEmpty(row.point().title()),
                    nullToEmpty(row.point().topicName())));
            for (int c = 0; c < 3; c++) {
                text(line, c, values.get(c), styles.wrap);
            }
            int c = 3;
            for (ActorInfo actor : matrix.actors()) {
                PositionInfo position = row.cell(actor.code());
                String value = "";
                if (position != null) {
                    value = cellText(position, CellMarks.of(matrix, position));
                    text(line, c, value, styles.stance(position.stance(), position.redLine()));
                }
                values.add(value);
                c++;
            }
            line.setHeightInPoints(height(values, widths));
        }
        sheet.createFreezePane(2, headerRow + 1);
    }

    private static void writeSources(Sheet sheet, Styles styles, Matrix matrix, Map<Long, List<SourceInfo>> sources) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < SOURCE_HEADER.length; c++) {
            text(header, c, Messages.t(SOURCE_HEADER[c]), styles.header);
            sheet.setColumnWidth(c, SOURCE_WIDTHS[c] * 256);
        }
        int r = 1;
        for (Matrix.Row row : matrix.rows()) {
            for (ActorInfo actor : matrix.actors()) {
                PositionInfo position = row.cell(actor.code());
                if (position == null) {
                    continue;
                }
                List<SourceInfo> list = sources.getOrDefault(position.id(), List.of());
                // a shown cell without sources still gets its row, so that every shown position is listed
                for (SourceInfo source : list.isEmpty() ? Collections.<SourceInfo>singletonList(null) : list) {
                    Row line = sheet.createRow(r++);
                    text(line, 0, row.point().ref(), styles.top);
                    text(line, 1, row.point().title(), styles.top);
                    text(line, 2, actor.name(), styles.top);
                    text(line, 3, Words.stance(position.stance()), styles.top);
                    text(line, 4, Messages.t(position.redLine() ? "common.yes" : "common.no"), styles.top);
                    date(line, 5, position.asOf(), styles.date);
                    text(line, 6, position.summary(), styles.top);
                    if (source != null) {
                        text(line, 7, source.publisher(), styles.top);
                        text(line, 8, source.title(), styles.top);
                        date(line, 9, source.date(), styles.date);
                        Cell url = text(line, 10, source.url(), styles.top);
                        if (isWebUrl(source.url())) {
                            url.setCellStyle(styles.link);
                            hyperlink(url, source.url(), sheet);
                        }
                        text(line, 11, source.grade(), styles.top);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, SOURCE_HEADER.length - 1));
        }
    }

    /** Only absolute http(s) links that parse as URIs become hyperlinks; anything else stays plain text. */
    static boolean isWebUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void hyperlink(Cell cell, String address, Sheet sheet) {
        if (!isWebUrl(address)) {
            return;
        }
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(address.strip());
        cell.setHyperlink(link);
    }

    /** A text cell: setCellValue(String) always stores text, so a leading "=" or "+" never becomes a formula. */
    private static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        String text = nullToEmpty(value);
        cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Row height for wrapped text: Excel does not grow rows written by a program when it opens the file. */
    private static float height(List<String> values, int[] widths) {
        int lines = 1;
        for (int c = 0; c < values.size() && c < widths.length; c++) {
            int cellLines = 0;
            for (String part : values.get(c).split("\n", -1)) {
                cellLines += Math.max(1, (part.length() + widths[c] - 2) / Math.max(1, widths[c] - 1));
            }
            lines = Math.max(lines, cellLines);
        }
        return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle link;
        final CellStyle wrap;
        final CellStyle top;
        final CellStyle date;
        private final Map<Stance, CellStyle> plain = new EnumMap<>(Stance.class);
        private final Map<Stance, CellStyle> redLine = new EnumMap<>(Stance.class);

        Styles(SXSSFWorkbook workbook) {
            XSSFFont titleFont = (XSSFFont) workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);

            XSSFFont bold = (XSSFFont) workbook.createFont();
            bold.setBold(true);
            XSSFCellStyle h = (XSSFCellStyle) workbook.createCellStyle();
            h.setFont(bold);
            h.setWrapText(true);
            h.setVerticalAlignment(VerticalAlignment.TOP);
            h.setFillForegroundColor(colour(HEADER_FILL));
            h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            h.setBorderBottom(BorderStyle.MEDIUM);
            header = h;

            XSSFFont linkFont = (XSSFFont) workbook.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(colour(LINK_COLOUR));
            link = workbook.createCellStyle();
            link.setFont(linkFont);
            link.setVerticalAlignment(VerticalAlignment.TOP);

            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            top = workbook.createCellStyle();
            top.setVerticalAlignment(VerticalAlignment.TOP);

            date = workbook.createCellStyle();
            date.setVerticalAlignment(VerticalAlignment.TOP);
            // the language's date pattern (en yyyy-MM-dd, uk dd.MM.yyyy) in Excel's letters, where mm after dd is the
            // month
            date.setDataFormat(workbook.createDataFormat()
                    .getFormat(Messages.raw(Messages.current(), "format.date").toLowerCase(Locale.ROOT)));

            for (Stance stance : Stance.values()) {
                plain.put(stance, stanceStyle(workbook, stance, false));
                redLine.put(stance, stanceStyle(workbook, stance, true));
            }
        }

        CellStyle stance(Stance stance, boolean isRedLine) {
            return (isRedLine ? redLine : plain).get(stance);
        }

        private static CellStyle stanceStyle(SXSSFWorkbook workbook, Stance stance, boolean isRedLine) {
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setColor(colour(textColourOf(stance)));
            font.setBold(isRedLine);
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setFillForegroundColor(colour(fillOf(stance)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (isRedLine) {
                XSSFColor border = colour(RED_LINE_COLOUR);
                style.setBorderTop(BorderStyle.THICK);
                style.setBorderBottom(BorderStyle.THICK);
                style.setBorderLeft(BorderStyle.THICK);
                style.setBorderRight(BorderStyle.THICK);
                style.setTopBorderColor(border);
                style.setBottomBorderColor(border);
                style.setLeftBorderColor(border);
                style.setRightBorderColor(border);
            }
            return style;
        }

        private static XSSFColor colour(String hex) {
            int rgb = Integer.parseInt(hex, 16);
            return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
        }
    }
}
