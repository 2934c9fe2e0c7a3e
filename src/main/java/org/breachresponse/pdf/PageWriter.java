package org.breachresponse.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes lines top to bottom on US Letter pages (a US practice mails in US envelopes), wrapping words
 * at the margin and starting a new page when one is full, so that text of any length is printed whole.
 * Pages after a letter's first carry a small running header, so a loose sheet finds its letter again; a
 * report instead gets the same header and "page n of m" on every page once all are written
 * ({@link #stampPages}). Public for the audit report, which prints the same way.
 */
public final class PageWriter {

  /** One inch at the sides, three quarters at top and bottom: most short letters fit one sheet. */
  private static final float MARGIN = 72;
  private static final float TOP_AND_BOTTOM = 54;
  private static final PDRectangle PAGE = PDRectangle.LETTER;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private final PDDocument document;
  private final LetterFont runningHeaderFont;
  private PDPageContentStream content;
  private float y;
  private String runningHeader;
  private int pageOfLetter;

  public PageWriter(PDDocument document, LetterFont runningHeaderFont) {
    this.document = document;
    this.runningHeaderFont = runningHeaderFont;
  }

  /** Starts a letter on a fresh page; {@code runningHeader} (if not null) heads its later pages. */
  public void startLetter(String runningHeader) {
    this.runningHeader = runningHeader;
    pageOfLetter = 0;
    newPage();
  }

  /** Writes {@code text} wrapped at the margins, each line {@code leading} points below the last. */
  public void paragraph(String text, LetterFont font, float size, float leading) {
    for (String line : wrap(font.printable(text), font, size)) {
      keepTogether(leading);
      y -= leading;
      show(line, font, size, MARGIN, y);
    }
  }

  /** Leaves {@code points} of space, or starts a new page if that is the end of this one. */
  public void space(float points) {
    if (y - points < TOP_AND_BOTTOM) {
      newPage();
    } else {
      y -= points;
    }
  }

  /** Starts a new page unless {@code points} still fit on this one, e.g. to keep a heading with its text. */
  public void keepTogether(float points) {
    if (y - points < TOP_AND_BOTTOM) {
      newPage();
    }
  }

  /** A thin line across the text width, under the letterhead. */
  public void rule() {
    try {
      y -= 6;
      content.setLineWidth(0.5f);
      content.moveTo(MARGIN, y);
      content.lineTo(MARGIN + WIDTH, y);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the last page; call once after the last letter. */
  public void finish() {
    closePage();
  }

  /**
   * After {@link #finish()}: puts {@code header} at the top and "page n of m" at the foot of every page, so
   * each sheet of a report says what it belongs to and whether any is missing.
   */
  public void stampPages(String header) {
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      try (PDPageContentStream stamp = new PDPageContentStream(document, document.getPage(i),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = stamp;
        show(runningHeaderFont.printable(header), runningHeaderFont, 8, MARGIN, PAGE.getHeight() - TOP_AND_BOTTOM / 2);
        show("page " + (i + 1) + " of " + count, runningHeaderFont, 8, MARGIN, TOP_AND_BOTTOM / 2);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        content = null;
      }
    }
  }

  private void newPage() {
    closePage();
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    try {
      content = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = PAGE.getHeight() - TOP_AND_BOTTOM;
    pageOfLetter++;
    if (pageOfLetter > 1 && runningHeader != null) {
      show(runningHeaderFont.printable(runningHeader + " · page " + pageOfLetter), runningHeaderFont, 8,
          MARGIN, PAGE.getHeight() - TOP_AND_BOTTOM / 2);
    }
  }

  private void closePage() {
    if (content != null) {
      try {
        content.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      content = null;
    }
  }

  private void show(String printable, LetterFont font, float size, float x, float baseline) {
    try {
      content.beginText();
      content.setFont(font.pdfFont(), size);
      content.newLineAtOffset(x, baseline);
      content.showText(printable);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Greedy word wrap; a word wider than the page (a long URL, a name in a script without spaces) is cut. */
  static List<String> wrap(String printable, LetterFont font, float size) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable.strip().split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.width(candidate, size) <= WIDTH) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (font.width(rest, size) > WIDTH) {
        int cut = fittingLength(rest, font, size);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** How many chars of {@code word} fit on one line, at least one code point, never splitting a pair. */
  private static int fittingLength(String word, LetterFont font, float size) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (font.width(word.substring(0, next), size) > WIDTH) {
        break;
      }
      end = next;
    }
    return end;
  }
}
