package org.skillpass.certificate.infrastructure.pdf;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Whether a PDF is still exactly as its last signer signed it. Checks integrity only, not trust: whether
 * the signer's certificate is one we accept is the caller's question ({@link Result#signer()}).
 * Never throws: garbage in gives {@code signed=false} with a short reason.
 */
public final class PdfSignatureCheck {

    private static final Set<String> SUB_FILTERS = Set.of(
            PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName());

    /**
     * @param signed  the file parses as a PDF and has a signature
     * @param intact  the last signature covers the whole file (but its own hole), and its CMS signature
     *                and message digest match the signed bytes
     * @param signer  the certificate of the last signer, when it could be read
     * @param problem why it is not intact (English, for logs), null when intact
     */
    public record Result(boolean signed, boolean intact, X509Certificate signer, String problem) {
    }

    private PdfSignatureCheck() {
    }

    public static Result check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return new Result(false, false, null, "empty input");
        }
        PDSignature signature;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            signature = last(doc.getSignatureDictionaries(), pdf.length);
            if (signature == null) {
                return new Result(false, false, null, "no signature");
            }
            return verify(pdf, signature);
        } catch (Exception | StackOverflowError e) {
            // PDFBox is lenient but not everything parses; deep garbage can even recurse too far
            return new Result(false, false, null, "not a readable PDF: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** The signature whose signed range ends last: the latest one. */
    private static PDSignature last(List<PDSignature> signatures, int length) {
        PDSignature last = null;
        long lastEnd = -1;
        for (PDSignature s : signatures) {
            int[] br = s.getByteRange();
            long end = br != null && br.length == 4 ? (long) br[2] + br[3] : 0;
            if (end > lastEnd) {
                last = s;
                lastEnd = end;
            }
        }
        return last;
    }

    private static Result verify(byte[] pdf, PDSignature signature) {
        if (signature.getSubFilter() == null || !SUB_FILTERS.contains(signature.getSubFilter())) {
            return broken(null, "unsupported SubFilter " + signature.getSubFilter());
        }
        int[] br = signature.getByteRange();
        if (br == null || br.length != 4) {
            return broken(null, "signature has no ByteRange");
        }
        long start = br[0];
        long holeStart = br[1];
        long holeEnd = br[2];
        long end = (long) br[2] + br[3];
        if (start != 0 || holeStart <= 0 || holeEnd <= holeStart + 1 || br[3] < 0 || end > pdf.length) {
            return broken(null, "ByteRange is malformed");
        }
        if (end != pdf.length) {
            return broken(null, "ByteRange does not cover the whole file (changed after signing)");
        }
        // the hole must be the /Contents hex string and nothing else, or unsigned bytes could hide there
        if (pdf[(int) holeStart] != '<' || pdf[(int) holeEnd - 1] != '>') {
            return broken(null, "ByteRange hole is not the signature contents");
        }
        byte[] contents;
        try {
            contents = hex(pdf, (int) holeStart + 1, (int) holeEnd - 1);
        } catch (IllegalArgumentException e) {
            return broken(null, "signature contents are not hexadecimal");
        }
        byte[] signedBytes = new byte[(int) (holeStart + br[3])];
        System.arraycopy(pdf, 0, signedBytes, 0, (int) holeStart);
        System.arraycopy(pdf, (int) holeEnd, signedBytes, (int) holeStart, br[3]);
        X509Certificate certificate = null;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return broken(null, "expected one signer, found " + signers.size());
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return broken(null, "the signer's certificate is not in the signature");
            }
            X509CertificateHolder holder = matches.iterator().next();
            certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.provider()).getCertificate(holder);
            if (signer.getSignedAttributes() == null) {
                return broken(certificate, "no signed attributes");
            }
            Attribute digestAttribute = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
            if (digestAttribute == null) {
                return broken(certificate, "no message-digest attribute");
            }
            byte[] claimed = ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets();
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.provider())
                    .build().get(signer.getDigestAlgorithmID());
            try (OutputStream out = digest.getOutputStream()) {
                out.write(signedBytes);
            }
            if (!MessageDigest.isEqual(claimed, digest.getDigest())) {
                return broken(certificate, "digest mismatch: the signed bytes were changed");
            }
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.provider()).build(holder));
            if (!valid) {
                return broken(certificate, "the CMS signature does not verify");
            }
            return new Result(true, true, certificate, null);
        } catch (Exception e) {
            return broken(certificate, "cannot verify the signature: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static Result broken(X509Certificate signer, String problem) {
        return new Result(true, false, signer, problem);
    }

    /** Decodes hex digits; PDFBox pads the reserved space with zeros after the DER, which BC ignores. */
    private static byte[] hex(byte[] pdf, int from, int to) {
        if ((to - from) % 2 != 0) {
            throw new IllegalArgumentException("odd hex length");
        }
        byte[] out = new byte[(to - from) / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(pdf[from + 2 * i], 16);
            int lo = Character.digit(pdf[from + 2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not hex");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
