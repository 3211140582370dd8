package org.redlines.exchange;

import java.io.IOException;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** A PDF's text, every page, with runs of white space made one space: what a test reads a briefing by. */
public final class PdfText {

    private PdfText() {}

    public static String of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            out.append(extractor.getTextFromPage(i)).append('\n');
        }
        return out.toString().replaceAll("\\s+", " ");
    }
}
