package org.redlines.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.redlines.dataset.Stance;

/**
 * The picture on a preview card: 1200x630 PNG drawn with Java2D (no browser, no Node), the app's stance
 * colours, the DejaVu fonts the PDFs already carry (so Cyrillic draws), and text large enough to read when a
 * chat client shows it a quarter of the size.
 */
final class PreviewImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private static final Color INK = new Color(0x1a, 0x1d, 0x23);
    private static final Color MUTED = new Color(0x4a, 0x55, 0x63);
    private static final Color BRAND = new Color(0x8b, 0x00, 0x00);
    private static final Color RED_LINE = new Color(0x7a, 0x00, 0x10);
    private static final Map<Stance, Color> STANCE = Map.of(
            Stance.SUPPORTS, new Color(0x17, 0x6b, 0x34),
            Stance.CONDITIONAL, new Color(0xc2, 0x7a, 0x1a),
            Stance.OPPOSES, new Color(0xa3, 0x16, 0x1a),
            Stance.UNCLEAR, new Color(0x9a, 0xa3, 0xae));
    private static final Color EMPTY = new Color(0xec, 0xef, 0xf3);

    private static final Font REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final Font BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    /** One cell of the picture: a stance (null when the party has none) and whether it is a red line. */
    record Cell(Stance stance, boolean redLine) {}

    /**
     * What the picture shows: a heading, a line under it, the columns' names, the rows' labels and cells; or,
     * for a view without stance cells (plan versions, what moved, most charts), a {@code table} of text whose
     * first row is its header.
     */
    record Content(
            String product,
            String title,
            String subtitle,
            List<String> columns,
            List<String> rows,
            List<List<Cell>> cells,
            String footer,
            List<String> legend,
            List<List<String>> table) {}

    private PreviewImage() {}

    static byte[] draw(Content content) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BRAND);
            g.fillRect(0, 0, WIDTH, 10);

            g.setFont(BOLD.deriveFont(26f));
            g.setColor(BRAND);
            g.drawString(content.product(), 48, 58);
            g.setFont(BOLD.deriveFont(40f));
            g.setColor(INK);
            int y = 112;
            for (String line : wrap(g, content.title(), WIDTH - 96, 2)) {
                g.drawString(line, 48, y);
                y += 48;
            }
            g.setFont(REGULAR.deriveFont(24f));
            g.setColor(MUTED);
            g.drawString(fit(g, content.subtitle(), WIDTH - 96), 48, y);
            y += 24;

            grid(g, content, y, HEIGHT - 70);
            table(g, content.table(), y + 10, HEIGHT - 70);

            g.setFont(REGULAR.deriveFont(22f));
            g.setColor(MUTED);
            g.drawString(fit(g, content.footer(), WIDTH - 96), 48, HEIGHT - 30);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The cells as coloured squares, a column per party and a row per point, as many rows as fit. */
    private static void grid(Graphics2D g, Content content, int top, int bottom) {
        if (content.columns().isEmpty()) {
            return;
        }
        int left = 48;
        int labelWidth = 90;
        int columns = content.columns().size();
        int legendWidth = content.legend().isEmpty() ? 0 : 230;
        int cellWidth = Math.min(200, (WIDTH - 96 - labelWidth - legendWidth) / columns);
        int headerHeight = 36;
        g.setFont(BOLD.deriveFont(20f));
        g.setColor(INK);
        for (int c = 0; c < columns; c++) {
            g.drawString(fit(g, content.columns().get(c), cellWidth - 8), left + labelWidth + c * cellWidth, top + 26);
        }
        int available = bottom - top - headerHeight;
        int rows = content.rows().size();
        int rowHeight = rows == 0 ? 0 : Math.max(10, Math.min(40, available / rows));
        int shown = rows == 0 ? 0 : Math.min(rows, available / rowHeight);
        g.setFont(REGULAR.deriveFont((float) Math.min(20, Math.max(10, rowHeight - 3))));
        for (int r = 0; r < shown; r++) {
            int y = top + headerHeight + r * rowHeight;
            if (rowHeight >= 12) {
                g.setColor(MUTED);
                g.drawString(fit(g, content.rows().get(r), labelWidth - 10), left, y + rowHeight - 6);
            }
            for (int c = 0; c < columns; c++) {
                Cell cell = content.cells().get(r).get(c);
                int x = left + labelWidth + c * cellWidth;
                g.setColor(cell.stance() == null ? EMPTY : STANCE.get(cell.stance()));
                g.fillRoundRect(x, y + 2, cellWidth - 8, rowHeight - 4, 6, 6);
                if (cell.stance() != null
                        && rowHeight >= 30
                        && content.legend().size() > cell.stance().ordinal()) {
                    // a single row (the point page) has room for the word, so that colour is not the only sign
                    Font before = g.getFont();
                    g.setFont(BOLD.deriveFont(20f));
                    g.setColor(cell.stance() == Stance.UNCLEAR ? INK : Color.WHITE);
                    g.drawString(
                            fit(g, content.legend().get(cell.stance().ordinal()), cellWidth - 24 - rowHeight),
                            x + 10,
                            y + rowHeight / 2 + 8);
                    g.setFont(before);
                }
                if (cell.redLine()) {
                    g.setColor(RED_LINE);
                    g.setStroke(new BasicStroke(Math.max(2f, rowHeight / 8f)));
                    g.drawRoundRect(x + 1, y + 3, cellWidth - 10, rowHeight - 6, 6, 6);
                    g.setColor(Color.WHITE);
                    g.fillOval(x + cellWidth - 8 - rowHeight + 4, y + 6, rowHeight - 12, rowHeight - 12);
                    g.setColor(RED_LINE);
                    g.fillOval(x + cellWidth - 8 - rowHeight + 6, y + 8, rowHeight - 16, rowHeight - 16);
                }
            }
        }
        if (shown < rows) {
            g.setColor(MUTED);
            g.setFont(REGULAR.deriveFont(18f));
            g.drawString("+" + (rows - shown), left, top + headerHeight + shown * rowHeight + 18);
        }
        int lx = WIDTH - 48 - legendWidth + 20;
        int ly = top + headerHeight + 4;
        g.setFont(REGULAR.deriveFont(20f));
        for (int i = 0; i < content.legend().size(); i++) {
            Color swatch = i < Stance.values().length ? STANCE.get(Stance.values()[i]) : RED_LINE;
            g.setColor(swatch);
            if (i < Stance.values().length) {
                g.fillRoundRect(lx, ly + i * 36, 26, 26, 6, 6);
            } else {
                g.setStroke(new BasicStroke(4f));
                g.drawRoundRect(lx + 2, ly + i * 36 + 2, 22, 22, 6, 6);
            }
            g.setColor(INK);
            g.drawString(fit(g, content.legend().get(i), legendWidth - 60), lx + 38, ly + i * 36 + 21);
        }
    }

    /** A table of text: the header in bold, then as many rows as fit, columns sharing the width evenly. */
    private static void table(Graphics2D g, List<List<String>> table, int top, int bottom) {
        if (table.isEmpty()) {
            return;
        }
        int columns = table.getFirst().size();
        if (columns == 0) {
            return;
        }
        int left = 48;
        int width = (WIDTH - 96) / columns;
        int rowHeight = 34;
        int fitting = Math.max(1, (bottom - top) / rowHeight);
        int shown = Math.min(table.size(), fitting);
        for (int r = 0; r < shown; r++) {
            int y = top + (r + 1) * rowHeight - 8;
            if (r > 0 && r % 2 == 0) {
                g.setColor(EMPTY);
                g.fillRect(left - 6, y - rowHeight + 10, WIDTH - 84, rowHeight);
            }
            g.setFont(r == 0 ? BOLD.deriveFont(20f) : REGULAR.deriveFont(20f));
            g.setColor(r == 0 ? INK : MUTED);
            List<String> row = table.get(r);
            for (int c = 0; c < Math.min(columns, row.size()); c++) {
                g.drawString(fit(g, row.get(c), width - 14), left + c * width, y);
            }
        }
        if (shown < table.size()) {
            g.setColor(MUTED);
            g.setFont(REGULAR.deriveFont(18f));
            g.drawString("+" + (table.size() - shown), WIDTH - 110, bottom + 4);
        }
    }

    /** The text cut to {@code width} pixels with an ellipsis. */
    static String fit(Graphics2D g, String text, int width) {
        if (text == null) {
            return "";
        }
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && m.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /** The text in at most {@code lines} lines of {@code width} pixels, the last one cut with an ellipsis. */
    static List<String> wrap(Graphics2D g, String text, int width, int lines) {
        FontMetrics m = g.getFontMetrics();
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (m.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                if (out.size() == lines - 1) {
                    out.add(fit(
                            g,
                            String.join(" ", java.util.Arrays.copyOfRange(words, i - countWords(line), words.length)),
                            width));
                    return out;
                }
                out.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
            }
        }
        if (!line.isEmpty()) {
            out.add(fit(g, line.toString(), width));
        }
        return out;
    }

    private static int countWords(CharSequence line) {
        return line.toString().split("\\s+").length;
    }

    private static Font font(String resource) {
        try (InputStream in = PreviewImage.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load the font " + resource, e);
        }
    }
}
