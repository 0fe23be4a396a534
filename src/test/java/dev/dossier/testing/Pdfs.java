package dev.dossier.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs written by PDFBox for the tests: a text layer in a standard 14 font, an image only, an
 * encrypted one.
 */
public final class Pdfs {

  private Pdfs() {}

  /**
   * Writes a PDF with one page per entry of {@code pages}, each line of it a line of Helvetica
   * text.
   */
  public static Path text(Path file, String title, String... pages) throws IOException {
    try (PDDocument pdf = textDocument(title, pages)) {
      pdf.save(file.toFile());
    }
    return file;
  }

  /** Writes a text PDF that opens only with the password {@code user}. */
  public static Path encrypted(Path file, String user, String... pages) throws IOException {
    try (PDDocument pdf = textDocument("", pages)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", user, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(file.toFile());
    }
    return file;
  }

  /** Writes a PDF whose one page is an image and nothing else, as a scan before OCR. */
  public static Path imageOnly(Path file) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      for (int x = 20; x < 180; x++) {
        scan.setRGB(x, 50, 0xFFFFFF); // a line of "ink": what a scan has, pixels and no text layer
      }
      PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(image, 72, 600);
      }
      pdf.save(file.toFile());
    }
    return file;
  }

  private static PDDocument textDocument(String title, String... pages) throws IOException {
    PDDocument pdf = new PDDocument();
    PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    for (String text : pages) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(helvetica, 12);
        content.setLeading(16);
        content.newLineAtOffset(72, 700);
        for (String line : text.split("\n", -1)) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
    }
    if (!title.isEmpty()) {
      pdf.getDocumentInformation().setTitle(title);
    }
    return pdf;
  }
}
