package org.redlines.exchange;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;

/**
 * A briefing as PDF: a title, the view's filters and date, its link, the matrix with stance words and red-line
 * marks, then each shown point with every shown party's position and sources. Page numbers and, when configured,
 * a classification line on every page. Texts stay text: nothing in the data is interpreted.
 */
public final class BriefingPdf {

    /** One point of the briefing: its heading, summary and each party's entry (position null when empty). */
    public record PointSection(String heading, String summary, List<Entry> entries) {}

    public record Entry(ActorInfo actor, PositionInfo position, List<SourceInfo> sources, String history) {}

    private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    private BriefingPdf() {}

    private static byte[] font(String resource) {
        try (InputStream in = BriefingPdf.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The PDF font " + resource + " is missing", e);
        }
    }

    private static final class Fonts {
        final BaseFont regular;
        final BaseFont bold;

        Fonts() throws IOException {
            regular = BaseFont.createFont(
                    "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, REGULAR, null); // not-ui-text
            bold = BaseFont.createFont(
                    "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BOLD, null); // not-ui-text
        }

        Font of(float size, boolean strong, Color colour) {
            return new Font(strong ? bold : regular, size, Font.NORMAL, colour);
        }
    }

    /**
     * What a briefing says, whatever its format: {@code matrix} is null for a point briefing (no grid),
     * {@code marking} null or blank for none.
     */
    public record Content(
            String title,
            List<String> headerLines,
            String link,
            String marking,
            Matrix matrix,
            List<PointSection> points,
            PeriodEvents events) {}

    /**
     * Writes the briefing. {@code matrix} may be null (a point briefing has no grid); {@code marking} null or
     * blank for none.
     */
    static void write(Content content, OutputStream out) {
        String title = content.title();
        List<String> headerLines = content.headerLines();
        String link = content.link();
        String marking = content.marking();
        Matrix matrix = content.matrix();
        List<PointSection> points = content.points();
        PeriodEvents events = content.events();
        try {
            Fonts fonts = new Fonts();
            boolean wide = matrix != null && matrix.actors().size() > 4;
            Document doc = new Document(wide ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 54, 48);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Footer(fonts, marking));
            doc.addTitle(title);
            doc.addCreator(Messages.t("app.name"));
            doc.open();
            doc.add(new Paragraph(title, fonts.of(16, true, Color.BLACK)));
            for (String line : headerLines) {
                doc.add(new Paragraph(line, fonts.of(9, false, Color.DARK_GRAY)));
            }
            Paragraph linkLine = new Paragraph();
            linkLine.add(new Chunk(Messages.t("export.link-label") + ": ", fonts.of(9, false, Color.DARK_GRAY)));
            Chunk anchor = new Chunk(link, fonts.of(9, false, new Color(0x0b, 0x4f, 0x9c)));
            if (link.startsWith("http://") || link.startsWith("https://")) {
                anchor.setAnchor(link);
            }
            linkLine.add(anchor);
            doc.add(linkLine);
            if (matrix != null) {
                doc.add(new Paragraph(" "));
                doc.add(grid(matrix, fonts));
            }
            if (events != null) {
                Paragraph heading = new Paragraph(events.heading(), fonts.of(12, true, Color.BLACK));
                heading.setSpacingBefore(14);
                doc.add(heading);
                if (events.events().isEmpty()) {
                    doc.add(new Paragraph(Messages.t("pdf.events.none"), fonts.of(9, false, Color.DARK_GRAY)));
                }
                for (EventInfo event : events.events()) {
                    Paragraph line = new Paragraph();
                    line.add(new Chunk(
                            Messages.date(event.date()) + "  " + Words.eventKind(event.kind()) + ": ",
                            fonts.of(9, true, Color.BLACK)));
                    line.add(new Chunk(event.title(), fonts.of(9, false, Color.BLACK)));
                    if (!event.actors().isEmpty()) {
                        line.add(new Chunk(
                                " (" + String.join(", ", event.actors()) + ")", fonts.of(8, false, Color.DARK_GRAY)));
                    }
                    doc.add(line);
                }
            }
            for (PointSection section : points) {
                Paragraph heading = new Paragraph(section.heading(), fonts.of(12, true, Color.BLACK));
                heading.setSpacingBefore(14);
                doc.add(heading);
                doc.add(new Paragraph(section.summary(), fonts.of(9, false, Color.BLACK)));
                for (Entry e : section.entries()) {
                    Paragraph who = new Paragraph();
                    who.setSpacingBefore(5);
                    who.add(new Chunk(e.actor().name() + ": ", fonts.of(9, true, Color.BLACK)));
                    who.add(new Chunk(
                            word(e.position()),
                            fonts.of(
                                    9,
                                    true,
                                    e.position() == null
                                            ? Color.GRAY
                                            : hex(MatrixXlsx.textColourOf(
                                                    e.position().stance())))));
                    if (e.position() != null && e.position().asOf() != null) {
                        who.add(new Chunk(
                                "  "
                                        + Messages.t(
                                                "common.as-of-inline",
                                                e.position().asOf()),
                                fonts.of(8, false, Color.DARK_GRAY)));
                    }
                    for (String mark : CellMarks.of(matrix, e.position())) {
                        who.add(new Chunk("  " + mark, fonts.of(8, true, Color.DARK_GRAY)));
                    }
                    doc.add(who);
                    if (e.position() != null) {
                        doc.add(new Paragraph(e.position().summary(), fonts.of(9, false, Color.BLACK)));
                    }
                    if (e.history() != null && !e.history().isBlank()) {
                        doc.add(new Paragraph(e.history(), fonts.of(8, false, Color.DARK_GRAY)));
                    }
                    for (SourceInfo s : e.sources()) {
                        Paragraph src = new Paragraph(
                                Messages.t(
                                        "pdf.source",
                                        s.publisher()
                                                + (s.title() == null ? "" : ", " + s.title())
                                                + (s.date() == null ? "" : " (" + Messages.date(s.date()) + ")")
                                                + (s.grade() == null ? "" : " [" + s.grade() + "]") + " — "
                                                + s.url()),
                                fonts.of(8, false, Color.DARK_GRAY));
                        src.setIndentationLeft(12);
                        doc.add(src);
                    }
                }
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The briefing could not be written", e);
        }
    }

    /** The negotiation's events of the period a briefing covers, under a heading that names the period. */
    public record PeriodEvents(String heading, List<EventInfo> events) {}

    /** The stance word with the red-line mark, as the matrix shows it. */
    static String word(PositionInfo p) {
        if (p == null) {
            return Messages.t("pdf.no-position");
        }
        return p.redLine() ? Messages.t("export.red-line", Words.stance(p.stance())) : Words.stance(p.stance());
    }

    private static PdfPTable grid(Matrix matrix, Fonts fonts) {
        List<ActorInfo> actors = matrix.actors();
        float[] widths = new float[3 + actors.size()];
        widths[0] = 5;
        widths[1] = 26;
        widths[2] = 12;
        for (int i = 0; i < actors.size(); i++) {
            widths[3 + i] = 57f / actors.size();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : List.of(Messages.t("common.ref"), Messages.t("common.point"), Messages.t("common.topic"))) {
            table.addCell(header(h, fonts));
        }
        actors.forEach(a -> table.addCell(header(a.name(), fonts)));
        for (Matrix.Row row : matrix.rows()) {
            table.addCell(cell(row.point().ref(), fonts.of(8, true, Color.BLACK)));
            table.addCell(cell(row.point().title(), fonts.of(8, false, Color.BLACK)));
            table.addCell(cell(row.point().topicName(), fonts.of(8, false, Color.DARK_GRAY)));
            for (ActorInfo actor : actors) {
                PositionInfo p = row.cell(actor.code());
                PdfPCell c = cell(
                        Stream.concat(Stream.of(word(p)), CellMarks.of(matrix, p).stream())
                                .collect(Collectors.joining("\n")),
                        fonts.of(
                                8,
                                p != null && p.redLine(),
                                p == null ? Color.GRAY : hex(MatrixXlsx.textColourOf(p.stance()))));
                if (p != null) {
                    c.setBackgroundColor(hex(MatrixXlsx.fillOf(p.stance())));
                    if (p.redLine()) {
                        c.setBorderColor(new Color(0x7a, 0x00, 0x10));
                        c.setBorderWidth(1.5f);
                    }
                }
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPCell header(String text, Fonts fonts) {
        PdfPCell c = cell(text, fonts.of(8, true, Color.BLACK));
        c.setBackgroundColor(new Color(0xe4, 0xe7, 0xeb));
        return c;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(3);
        c.setBorderColor(new Color(0xc8, 0xcd, 0xd3));
        return c;
    }

    private static Color hex(String rgb) {
        return new Color(Integer.parseInt(rgb, 16));
    }

    /** Page numbers at the foot of every page; the classification line at its head and foot. */
    private static final class Footer extends PdfPageEventHelper {
        private final Fonts fonts;
        private final String marking;

        Footer(Fonts fonts, String marking) {
            this.fonts = fonts;
            this.marking = marking == null || marking.isBlank() ? null : marking.strip();
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            float centre = (page.getLeft() + page.getRight()) / 2;
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase(
                            Messages.t("pdf.page", String.valueOf(writer.getPageNumber())),
                            fonts.of(8, false, Color.DARK_GRAY)),
                    page.getRight() - 36,
                    24,
                    0);
            if (marking != null) {
                Font f = fonts.of(10, true, new Color(0x7a, 0x00, 0x10));
                ColumnText.showTextAligned(
                        writer.getDirectContent(),
                        Element.ALIGN_CENTER,
                        new Phrase(marking, f),
                        centre,
                        page.getTop() - 30,
                        0);
                ColumnText.showTextAligned(
                        writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(marking, f), centre, 24, 0);
            }
        }
    }
}
