package org.skillpass.certificate.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;

import javax.security.auth.x500.X500Principal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF with a PAdES baseline (B-B) signature: a detached CMS signature (SubFilter
 * ETSI.CAdES.detached, SHA-256) over the whole file except the signature's own hole, added as an
 * incremental update so the signed bytes stay exactly as rendered. Any later change to those bytes makes
 * the signature fail ({@link PdfSignatureCheck}, pdfsig, Acrobat).
 *
 * <p>The CMS carries the signing-certificate-v2 attribute (binding the certificate to the signature) and
 * no signing-time attribute, as PAdES asks: the claimed time is the signature dictionary's /M.
 * Thread-safe: the only state is the immutable key.
 */
public final class PdfSigner {

    /** Bytes reserved for the CMS (a 2048-bit RSA signature with one certificate needs about 1.5 KB). */
    public static final int SIGNATURE_SIZE = 4096;

    private final SigningKey key;
    private final String signatureAlgorithm;
    private final int signatureSize;
    private final AttributeTable signingCertificate;
    private final String signerName;

    public PdfSigner(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
        this.signatureAlgorithm = switch (key.privateKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("unsupported key algorithm " + key.privateKey().getAlgorithm());
        };
        this.signatureSize = reserve(key.chain());
        this.signingCertificate = signingCertificateV2(key.certificate());
        this.signerName = commonName(key.certificate().getSubjectX500Principal());
    }

    /**
     * Signs {@code unsignedPdf} (as saved by a renderer) and returns the signed file.
     *
     * @param signingTime the time written into the signature dictionary; now when null
     */
    public byte[] sign(byte[] unsignedPdf, String reason, String location, Calendar signingTime) {
        try (PDDocument doc = Loader.loadPDF(unsignedPdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(signingTime == null ? Calendar.getInstance() : signingTime);
            options.setPreferredSignatureSize(signatureSize);
            doc.addSignature(signature, this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsignedPdf.length + 2 * signatureSize + 2048);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the PDF", e);
        }
    }

    public SigningKey key() {
        return key;
    }

    /** The detached CMS SignedData over what PDFBox hands over: the file without the signature hole. */
    private byte[] cms(InputStream content) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(BouncyCastle.provider()).build(key.privateKey());
            CMSAttributeTableGenerator signedAttributes = parameters ->
                    new DefaultSignedAttributeTableGenerator(signingCertificate).getAttributes(parameters)
                            .remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.provider()).build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(Arrays.asList(key.chain())));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IOException("cannot make the CMS signature: " + e.getMessage(), e);
        }
    }

    /** 4096 bytes, or more when a long CA chain would not fit (PDFBox would fail the save otherwise). */
    private static int reserve(X509Certificate[] chain) {
        int certificates = 0;
        for (X509Certificate c : chain) {
            try {
                certificates += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("cannot encode certificate " + c.getSubjectX500Principal(), e);
            }
        }
        int needed = certificates + 2048;
        return needed <= SIGNATURE_SIZE ? SIGNATURE_SIZE : (needed + 1023) / 1024 * 1024;
    }

    private static AttributeTable signingCertificateV2(X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(X500Name.getInstance(
                            certificate.getIssuerX500Principal().getEncoded()))),
                    certificate.getSerialNumber());
            ESSCertIDv2 id = new ESSCertIDv2(hash, issuerSerial);
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            return new AttributeTable(attributes);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot hash the signing certificate", e);
        }
    }

    static String commonName(X500Principal principal) {
        X500Name name = X500Name.getInstance(principal.getEncoded());
        List<String> cns = Arrays.stream(name.getRDNs(BCStyle.CN))
                .map(rdn -> IETFUtils.valueToString(rdn.getFirst().getValue())).toList();
        return cns.isEmpty() ? principal.getName() : cns.get(0);
    }
}
