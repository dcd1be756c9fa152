package org.budgetflow.disclosure.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK font embedded in disclosure PDFs: Noto Sans SC regular (400) and bold (700), static TrueType, SIL Open
 * Font License 1.1. The build puts them on the classpath under {@code fonts/} (npm package
 * {@code @expo-google-fonts/noto-sans-sc}, checksum-verified, see docs/third-party.md); they never come from the
 * host. Read once and kept in memory, so that every document parses them from the same bytes.
 */
public final class EmbeddedFonts {
    /** The family name the stylesheet asks for. */
    public static final String FAMILY = "Noto Sans SC";
    public static final String REGULAR_RESOURCE = "fonts/NotoSansSC_400Regular.ttf";
    public static final String BOLD_RESOURCE = "fonts/NotoSansSC_700Bold.ttf";
    public static final String LICENSE_RESOURCE = "fonts/LICENSE_FONT";

    private final byte[] regular;
    private final byte[] bold;

    public EmbeddedFonts(byte[] regular, byte[] bold) {
        this.regular = Objects.requireNonNull(regular, "regular").clone();
        this.bold = Objects.requireNonNull(bold, "bold").clone();
    }

    /** The fonts the build bundles; fails with a clear message when the build did not put them there. */
    public static EmbeddedFonts loadDefault() {
        return new EmbeddedFonts(read(REGULAR_RESOURCE), read(BOLD_RESOURCE));
    }

    /** A freshly parsed regular (400) font, for one document; the caller closes it. */
    public TrueTypeFont regular() throws IOException {
        return parse(regular);
    }

    /** A freshly parsed bold (700) font, for one document; the caller closes it. */
    public TrueTypeFont bold() throws IOException {
        return parse(bold);
    }

    /**
     * Parses a font with glyph substitution (GSUB) switched off: PDFBox would otherwise run its Latin ligature
     * worker over every text run, which costs most of the rendering time and changes nothing in Chinese text and
     * figures (the SC font's default glyphs are already the simplified forms).
     */
    private static TrueTypeFont parse(byte[] data) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The disclosure PDF font is not on the classpath: " + resource
                        + " (the Maven build unpacks it in generate-resources; see docs/third-party.md)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
