package org.skillpass.certificate.infrastructure.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.skillpass.certificate.domain.CertificateType;

/**
 * A versioned page layout for certificates or transcripts: colours, sizes and positions (PDF points,
 * 1/72 inch, measured from the page edges named in the key) and the Chinese label texts. Written as
 * Java properties (UTF-8) so that a new look is a new file {@code <name>.v<version>.properties} and an
 * issued certificate can record which template and version drew it.
 *
 * <p>Every key a renderer needs is checked when the text is parsed, so a broken template fails when
 * loaded, not half-way through a batch of certificates. Immutable and safe to share between threads.
 */
public final class TemplateLayout {

    /** What a template lays out; selected by its {@code kind} key. */
    public enum Kind { CERTIFICATE, TRANSCRIPT }

    private enum Type { TEXT, NUMBER, COLOR, LIST, NUMBERS, ORIENTATION, CERTIFICATE_TYPE }

    private static final Map<String, Type> CERTIFICATE_KEYS = schema(
            "certificate.type", Type.CERTIFICATE_TYPE,
            "page.orientation", Type.ORIENTATION,
            "border.color", Type.COLOR,
            "border.width", Type.NUMBER,
            "border.margin", Type.NUMBER,
            "border.inner.color", Type.COLOR,
            "border.inner.width", Type.NUMBER,
            "border.inner.gap", Type.NUMBER,
            "accent.color", Type.COLOR,
            "text.color", Type.COLOR,
            "label.color", Type.COLOR,
            "title.top", Type.NUMBER,
            "title.fontSize", Type.NUMBER,
            "subtitle", Type.TEXT,
            "subtitle.fontSize", Type.NUMBER,
            "field.left", Type.NUMBER,
            "field.top", Type.NUMBER,
            "field.lineHeight", Type.NUMBER,
            "label.width", Type.NUMBER,
            "label.fontSize", Type.NUMBER,
            "value.fontSize", Type.NUMBER,
            "holder.fontSize", Type.NUMBER,
            "label.name", Type.TEXT,
            "label.idType", Type.TEXT,
            "label.idNumber", Type.TEXT,
            "label.occupation", Type.TEXT,
            "label.workType", Type.TEXT,
            "label.level", Type.TEXT,
            "label.issuer", Type.TEXT,
            "label.issueDate", Type.TEXT,
            "label.number", Type.TEXT,
            "photo.right", Type.NUMBER,
            "photo.top", Type.NUMBER,
            "photo.width", Type.NUMBER,
            "photo.height", Type.NUMBER,
            "qr.left", Type.NUMBER,
            "qr.bottom", Type.NUMBER,
            "qr.size", Type.NUMBER,
            "qr.caption", Type.TEXT,
            "qr.caption.fontSize", Type.NUMBER,
            "footer", Type.TEXT,
            "footer.bottom", Type.NUMBER,
            "footer.fontSize", Type.NUMBER);

    private static final Map<String, Type> TRANSCRIPT_KEYS = schema(
            "title", Type.TEXT,
            "title.fontSize", Type.NUMBER,
            "page.margin", Type.NUMBER,
            "accent.color", Type.COLOR,
            "text.color", Type.COLOR,
            "grid.color", Type.COLOR,
            "header.fill", Type.COLOR,
            "header.fontSize", Type.NUMBER,
            "body.fontSize", Type.NUMBER,
            "section.fontSize", Type.NUMBER,
            "cell.padding", Type.NUMBER,
            "label.name", Type.TEXT,
            "label.idNumber", Type.TEXT,
            "label.generatedOn", Type.TEXT,
            "label.totalCredits", Type.TEXT,
            "section.classes", Type.TEXT,
            "section.assessments", Type.TEXT,
            "section.certificates", Type.TEXT,
            "section.subsidies", Type.TEXT,
            "section.continued", Type.TEXT,
            "columns.classes", Type.LIST,
            "widths.classes", Type.NUMBERS,
            "columns.assessments", Type.LIST,
            "widths.assessments", Type.NUMBERS,
            "columns.certificates", Type.LIST,
            "widths.certificates", Type.NUMBERS,
            "columns.subsidies", Type.LIST,
            "widths.subsidies", Type.NUMBERS,
            "empty", Type.TEXT,
            "qr.size", Type.NUMBER,
            "qr.caption", Type.TEXT,
            "footer", Type.TEXT,
            "footer.fontSize", Type.NUMBER,
            "page.number", Type.TEXT);

    private static final Pattern FILE_NAME = Pattern.compile("^([a-z0-9][a-z0-9-]*)\\.v([1-9]\\d{0,5})\\.properties$");
    private static final Pattern COLOR = Pattern.compile("^#[0-9A-Fa-f]{6}$");
    private static final Map<String, TemplateLayout> CLASSPATH = new ConcurrentHashMap<>();

    private final String name;
    private final int version;
    private final String source;
    private final Kind kind;
    private final Map<String, String> values;

    private TemplateLayout(String name, int version, String source, Kind kind, Map<String, String> values) {
        this.name = name;
        this.version = version;
        this.source = source;
        this.kind = kind;
        this.values = values;
    }

    /**
     * Parses template text.
     *
     * @throws IllegalArgumentException naming the key, when a key the template's kind needs is missing or
     *                                  its value is not of the right form
     */
    public static TemplateLayout parse(String name, int version, String propertiesText) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("template name is required");
        }
        if (version < 1) {
            throw new IllegalArgumentException("template version must be at least 1: " + version);
        }
        if (propertiesText == null) {
            throw new IllegalArgumentException("template " + name + " v" + version + ": no text");
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(propertiesText));
        } catch (IOException | IllegalArgumentException e) {
            // StringReader does not fail; a malformed \\uXXXX escape does
            throw new IllegalArgumentException("template " + name + " v" + version + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            values.put(key, p.getProperty(key).strip());
        }
        String where = "template " + name + " v" + version;
        String kindText = values.get("kind");
        if (kindText == null || kindText.isEmpty()) {
            throw new IllegalArgumentException(where + ": missing key 'kind' (certificate or transcript)");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": key 'kind' must be certificate or transcript: " + kindText);
        }
        Map<String, Type> schema = kind == Kind.CERTIFICATE ? CERTIFICATE_KEYS : TRANSCRIPT_KEYS;
        for (Map.Entry<String, Type> e : schema.entrySet()) {
            check(where, e.getKey(), e.getValue(), values.get(e.getKey()));
        }
        if (kind == Kind.TRANSCRIPT) {
            for (String table : List.of("classes", "assessments", "certificates", "subsidies")) {
                int columns = split(values.get("columns." + table)).size();
                int widths = split(values.get("widths." + table)).size();
                if (columns != widths) {
                    throw new IllegalArgumentException(where + ": key 'widths." + table + "' has " + widths
                            + " values for " + columns + " columns");
                }
            }
        }
        return new TemplateLayout(name, version, propertiesText, kind, Collections.unmodifiableMap(values));
    }

    /**
     * Loads {@code /certificates/templates/<resourceName>} (UTF-8), named {@code <name>.v<version>.properties};
     * parsed once and then shared, as templates are immutable.
     */
    public static TemplateLayout classpath(String resourceName) {
        Matcher m = resourceName == null ? null : FILE_NAME.matcher(resourceName);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("template resource must be named <name>.v<version>.properties: "
                    + resourceName);
        }
        return CLASSPATH.computeIfAbsent(resourceName, r -> {
            String path = "/certificates/templates/" + r;
            try (InputStream in = TemplateLayout.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("no template on the classpath: " + path);
                }
                return parse(m.group(1), Integer.parseInt(m.group(2)),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        });
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    /** The raw properties text, to store with what it drew. */
    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    /** All keys present, including ones no renderer reads. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** A text value; throws IllegalArgumentException naming the key when absent. */
    public String text(String key) {
        String v = values.get(key);
        if (v == null) {
            throw missing(key);
        }
        return v;
    }

    public Optional<String> optionalText(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
    }

    public float number(String key) {
        String v = text(key);
        try {
            return Float.parseFloat(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where() + ": key '" + key + "' is not a number: " + v);
        }
    }

    public Color color(String key) {
        String v = text(key);
        if (!COLOR.matcher(v).matches()) {
            throw new IllegalArgumentException(where() + ": key '" + key + "' is not a colour #RRGGBB: " + v);
        }
        return new Color(Integer.parseInt(v.substring(1), 16));
    }

    /** A comma-separated list (full-width commas too, as they slip in when typing Chinese). */
    public List<String> list(String key) {
        return split(text(key));
    }

    public float[] numbers(String key) {
        List<String> parts = list(key);
        float[] result = new float[parts.size()];
        for (int i = 0; i < result.length; i++) {
            try {
                result[i] = Float.parseFloat(parts.get(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where() + ": key '" + key + "' is not a list of numbers");
            }
        }
        return result;
    }

    /** True for landscape certificate templates. */
    public boolean landscape() {
        return "landscape".equalsIgnoreCase(values.getOrDefault("page.orientation", "portrait"));
    }

    /** The certificate type a certificate template is made for; empty for transcripts. */
    public Optional<CertificateType> certificateType() {
        return Optional.ofNullable(values.get("certificate.type")).map(CertificateType::valueOf);
    }

    private String where() {
        return "template " + name + " v" + version;
    }

    private IllegalArgumentException missing(String key) {
        return new IllegalArgumentException(where() + ": missing key '" + key + "'");
    }

    private static void check(String where, String key, Type type, String v) {
        if (v == null || (v.isEmpty() && type != Type.TEXT)) {
            throw new IllegalArgumentException(where + ": missing key '" + key + "'");
        }
        boolean ok = switch (type) {
            case TEXT -> true;
            case NUMBER -> isNonNegativeNumber(v);
            case COLOR -> COLOR.matcher(v).matches();
            case LIST -> !split(v).isEmpty() && split(v).stream().noneMatch(String::isEmpty);
            case NUMBERS -> !split(v).isEmpty() && split(v).stream().allMatch(TemplateLayout::isPositiveNumber);
            case ORIENTATION -> v.equalsIgnoreCase("portrait") || v.equalsIgnoreCase("landscape");
            case CERTIFICATE_TYPE -> Arrays.stream(CertificateType.values()).anyMatch(t -> t.name().equals(v));
        };
        if (!ok) {
            throw new IllegalArgumentException(where + ": key '" + key + "' has a bad value for "
                    + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + v);
        }
    }

    private static boolean isNonNegativeNumber(String v) {
        try {
            float f = Float.parseFloat(v);
            return f >= 0 && Float.isFinite(f);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isPositiveNumber(String v) {
        return isNonNegativeNumber(v) && Float.parseFloat(v) > 0;
    }

    private static List<String> split(String v) {
        List<String> parts = new ArrayList<>();
        for (String part : v.split("[,，]", -1)) {
            parts.add(part.strip());
        }
        return parts;
    }

    private static Map<String, Type> schema(Object... keysAndTypes) {
        Map<String, Type> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTypes.length; i += 2) {
            m.put((String) keysAndTypes[i], (Type) keysAndTypes[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
