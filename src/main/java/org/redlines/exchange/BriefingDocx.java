package org.redlines.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.EventInfo;
import org.redlines.positions.Matrix;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.SourceInfo;

/**
 * The briefing as a Word document, to be edited before it is sent on: the same content as {@link BriefingPdf}
 * (title, header lines, link, grid, events of the period, each point's positions), with each position's sources
 * as footnotes and the marking line in the page header and footer. Written with Apache POI; text in a font that
 * every office suite maps to one with Cyrillic.
 */
final class BriefingDocx {

    private static final String FONT = "Arial";
    private static final String GREY = "4A5563";

    private BriefingDocx() {}

    static void write(BriefingPdf.Content content, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(content.title());
            doc.getProperties().getCoreProperties().setCreator(Messages.t("app.name"));
            boolean wide = content.matrix() != null && content.matrix().actors().size() > 4;
            if (wide) {
                landscape(doc);
            }
            marking(doc, content.marking());

            XWPFParagraph title = doc.createParagraph();
            run(title, content.title(), 16, true, null);
            for (String line : content.headerLines()) {
                run(doc.createParagraph(), line, 9, false, GREY);
            }
            XWPFParagraph linkLine = doc.createParagraph();
            run(linkLine, Messages.t("export.link-label") + ": ", 9, false, GREY);
            if (content.link().startsWith("http://") || content.link().startsWith("https://")) {
                XWPFHyperlinkRun link = linkLine.createHyperlinkRun(content.link());
                link.setText(content.link());
                link.setUnderline(UnderlinePatterns.SINGLE);
                link.setColor("0B4F9C");
                link.setFontSize(9);
                link.setFontFamily(FONT);
            } else {
                run(linkLine, content.link(), 9, false, GREY);
            }

            if (content.matrix() != null) {
                grid(doc, content.matrix());
            }
            if (content.events() != null) {
                heading(doc, content.events().heading());
                if (content.events().events().isEmpty()) {
                    run(doc.createParagraph(), Messages.t("pdf.events.none"), 9, false, GREY);
                }
                for (EventInfo event : content.events().events()) {
                    XWPFParagraph line = doc.createParagraph();
                    run(line, Messages.date(event.date()) + "  " + Words.eventKind(event.kind()) + ": ", 9, true, null);
                    run(line, event.title(), 9, false, null);
                    if (!event.actors().isEmpty()) {
                        run(line, " (" + String.join(", ", event.actors()) + ")", 8, false, GREY);
                    }
                }
            }
            for (BriefingPdf.PointSection section : content.points()) {
                heading(doc, section.heading());
                for (String paragraph : section.summary().split("\n")) {
                    run(doc.createParagraph(), paragraph, 10, false, null);
                }
                for (BriefingPdf.Entry e : section.entries()) {
                    XWPFParagraph who = doc.createParagraph();
                    who.setSpacingBefore(120);
                    run(who, e.actor().name() + ": ", 10, true, null);
                    run(
                            who,
                            BriefingPdf.word(e.position()),
                            10,
                            true,
                            e.position() == null
                                    ? GREY
                                    : MatrixXlsx.textColourOf(e.position().stance()));
                    if (e.position() != null && e.position().asOf() != null) {
                        run(
                                who,
                                "  "
                                        + Messages.t(
                                                "common.as-of-inline",
                                                e.position().asOf()),
                                8,
                                false,
                                GREY);
                    }
                    for (String mark : CellMarks.of(content.matrix(), e.position())) {
                        run(who, "  " + mark, 8, true, GREY);
                    }
                    for (SourceInfo s : e.sources()) {
                        XWPFFootnote note = doc.createFootnote();
                        XWPFParagraph text = note.createParagraph();
                        run(
                                text,
                                s.publisher()
                                        + (s.title() == null ? "" : ", " + s.title())
                                        + (s.date() == null ? "" : " (" + Messages.date(s.date()) + ")")
                                        + (s.grade() == null ? "" : " [" + s.grade() + "]") + ". ",
                                8,
                                false,
                                null);
                        XWPFHyperlinkRun url = text.createHyperlinkRun(s.url());
                        url.setText(s.url());
                        url.setFontSize(8);
                        url.setFontFamily(FONT);
                        url.setColor("0B4F9C");
                        who.addFootnoteReference(note);
                    }
                    if (e.position() != null && e.position().summary() != null) {
                        run(doc.createParagraph(), e.position().summary(), 10, false, null);
                    }
                    if (e.history() != null && !e.history().isBlank()) {
                        run(doc.createParagraph(), e.history(), 8, false, GREY);
                    }
                }
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void grid(XWPFDocument doc, Matrix matrix) {
        List<ActorInfo> actors = matrix.actors();
        XWPFTable table = doc.createTable(1 + matrix.rows().size(), 3 + actors.size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        String[] names = new String[3 + actors.size()];
        names[0] = Messages.t("common.ref");
        names[1] = Messages.t("common.point");
        names[2] = Messages.t("common.topic");
        for (int i = 0; i < actors.size(); i++) {
            names[3 + i] = actors.get(i).name();
        }
        for (int c = 0; c < names.length; c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setColor("E4E7EB");
            run(cell.getParagraphs().getFirst(), names[c], 8, true, null);
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            Matrix.Row row = matrix.rows().get(r);
            XWPFTableRow tr = table.getRow(r + 1);
            run(tr.getCell(0).getParagraphs().getFirst(), row.point().ref(), 8, true, null);
            run(tr.getCell(1).getParagraphs().getFirst(), row.point().title(), 8, false, null);
            run(tr.getCell(2).getParagraphs().getFirst(), row.point().topicName(), 8, false, GREY);
            for (int a = 0; a < actors.size(); a++) {
                PositionInfo p = row.cell(actors.get(a).code());
                XWPFTableCell cell = tr.getCell(3 + a);
                String word = BriefingPdf.word(p);
                for (String mark : CellMarks.of(matrix, p)) {
                    word = word + " · " + mark;
                }
                run(
                        cell.getParagraphs().getFirst(),
                        word,
                        8,
                        p != null && p.redLine(),
                        p == null ? GREY : MatrixXlsx.textColourOf(p.stance()));
                if (p != null) {
                    cell.setColor(MatrixXlsx.fillOf(p.stance()));
                }
            }
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle("Heading2");
        heading.setSpacingBefore(280);
        heading.setKeepNext(true);
        run(heading, text, 12, true, null);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, String colour) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(colour);
        }
        return run;
    }

    /** The classification line at the head and foot of every page, the page number in the footer. */
    private static void marking(XWPFDocument doc, String marking) {
        boolean marked = marking != null && !marking.isBlank();
        if (marked) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, marking, 9, true, null);
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        if (marked) {
            run(p, marking + "  ·  ", 9, true, null);
        }
        run(p, Messages.t("app.name") + "  ·  ", 8, false, GREY);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }
}
