package org.budgetflow.disclosure.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The PDF's document information and file identifier, fixed so that the same disclosure gives the same bytes:
 * creation and modification date are 1 January of the budget year, 00:00 UTC (a disclosure has no date of its
 * own in the budget); the file identifier (trailer /ID) is the first 16 bytes of the SHA-256 of the XHTML the PDF
 * was laid out from, so it changes exactly when the content does.
 */
final class PdfMetadata {
    static final String CREATOR = "BudgetFlow";

    private PdfMetadata() {
    }

    static void apply(PDDocument pdf, XhtmlPdf.Info document, String xhtml) {
        int year = document.year();
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(document.title());
        if (document.author() != null) {
            info.setAuthor(document.author());
        }
        info.setSubject(document.subject());
        info.setCreator(CREATOR);
        info.setProducer(CREATOR);
        Calendar date = dateOf(year);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.setDocumentInformation(info);

        byte[] id = Arrays.copyOf(sha256(xhtml), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static Calendar dateOf(int year) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(year, Calendar.JANUARY, 1, 0, 0, 0);
        return date;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
