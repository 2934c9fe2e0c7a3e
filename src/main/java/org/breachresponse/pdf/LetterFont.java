package org.breachresponse.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font embedded in one letter (or report) PDF, and what it can print. Names and addresses come in any
 * script (José Núñez, Zoë, Nguyễn) and the PDF standard fonts only cover Western European letters, so
 * letters embed DejaVu Sans (from the {@code jasperreports-fonts} jar, Bitstream Vera/DejaVu licence inside
 * it). DejaVu has no Chinese, Japanese or Korean; a character it lacks prints as a visible U+FFFD rather
 * than failing the whole mailing.
 */
public final class LetterFont implements Closeable {

  public static final String REGULAR = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  public static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
  private static final int REPLACEMENT = 0xFFFD;

  private final TrueTypeFont trueType;
  private final CmapLookup glyphs;
  private final PDType0Font font;
  private final int replacement;

  private LetterFont(PDDocument document, byte[] fontFile) throws IOException {
    trueType = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
    glyphs = trueType.getUnicodeCmapLookup();
    // Subset: a letter carries only the glyphs it uses, not the whole 750 kB font.
    font = PDType0Font.load(document, trueType, true);
    replacement = has(REPLACEMENT) ? REPLACEMENT : '?';
  }

  /** Embeds the font at {@code resource} (one of {@link #REGULAR}, {@link #BOLD}) in {@code document}. */
  public static LetterFont load(PDDocument document, String resource) {
    try (InputStream in = LetterFont.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is not on the class path (jasperreports-fonts)");
      }
      return new LetterFont(document, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
  }

  PDType0Font pdfFont() {
    return font;
  }

  /**
   * The text as this font can print it: composed (a decomposed "ễ" becomes one glyph), tabs and line
   * breaks as spaces, other control characters dropped, anything without a glyph as U+FFFD.
   */
  String printable(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    composed.codePoints().forEach(c -> {
      if (Character.isWhitespace(c)) {
        out.append(' ');
      } else if (Character.getType(c) == Character.CONTROL) {
        return;
      } else {
        out.appendCodePoint(has(c) ? c : replacement);
      }
    });
    return out.toString();
  }

  /** Width in points of text already made {@link #printable(String)}. */
  float width(String printable, float size) {
    try {
      return font.getStringWidth(printable) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean has(int codePoint) {
    return glyphs.getGlyphId(codePoint) > 0;
  }

  @Override
  public void close() throws IOException {
    trueType.close();
  }
}
