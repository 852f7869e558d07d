package org.skillpass.certificate.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The parsed Noto Sans SC fonts (regular and bold), one pair per thread. Parsing a 10 MB CJK font costs
 * more than drawing a certificate, and a {@link TrueTypeFont} reads its glyphs lazily from a shared
 * buffer, so it must not be used by two threads at once: hence per thread, not per JVM.
 *
 * <p>Each thread that renders holds about 21 MB (fontbox keeps the font bytes in memory); render on a
 * small bounded pool of threads, and call {@link #release()} on threads that stop rendering.
 */
final class FontCache {

    static final String REGULAR = "/certificates/fonts/NotoSansSC-Regular.ttf";
    static final String BOLD = "/certificates/fonts/NotoSansSC-Bold.ttf";

    private static final ThreadLocal<FontCache> PER_THREAD = new ThreadLocal<>();

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;

    private FontCache() {
        regular = parse(REGULAR);
        bold = parse(BOLD);
        try {
            regularCmap = regular.getUnicodeCmapLookup();
            boldCmap = bold.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("no Unicode cmap in the certificate fonts", e);
        }
    }

    /** This thread's fonts, parsed on first use. */
    static FontCache get() {
        FontCache cache = PER_THREAD.get();
        if (cache == null) {
            cache = new FontCache();
            PER_THREAD.set(cache);
        }
        return cache;
    }

    /** Drops this thread's fonts (e.g. before a pooled thread goes back to other work). */
    static void release() {
        FontCache cache = PER_THREAD.get();
        PER_THREAD.remove();
        if (cache == null) {
            return;
        }
        try {
            cache.regular.close();
            cache.bold.close();
        } catch (IOException e) {
            // in-memory fonts: nothing to close that can fail meaningfully
        }
    }

    TrueTypeFont regular() {
        return regular;
    }

    TrueTypeFont bold() {
        return bold;
    }

    /** The first code point neither font can draw, or -1 when both can draw all of {@code text}. */
    int firstMissing(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (regularCmap.getGlyphId(cp) == 0 || boldCmap.getGlyphId(cp) == 0) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = FontCache.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + resource, e);
        }
    }
}
