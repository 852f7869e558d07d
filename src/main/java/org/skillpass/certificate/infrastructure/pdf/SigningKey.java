package org.skillpass.certificate.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key that signs issued PDFs and its certificate chain (signer first). Production loads a PKCS#12
 * file issued by a CA; development and tests use a self-signed certificate.
 */
public record SigningKey(PrivateKey privateKey, X509Certificate[] chain) {

    public static final String DEV_ALIAS = "skillpass-dev";
    public static final String DEV_COMMON_NAME = "SkillPass 开发用签名证书 (dev only)";

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        if (chain == null || chain.length == 0 || Arrays.stream(chain).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a signing key needs its certificate chain");
        }
        chain = chain.clone();
    }

    /** A copy, so the record stays immutable. */
    @Override
    public X509Certificate[] chain() {
        return chain.clone();
    }

    /** The signer's own certificate (the first of the chain). */
    public X509Certificate certificate() {
        return chain[0];
    }

    /**
     * Loads a key entry from a PKCS#12 file; {@code alias} null means the file's only (first) key entry.
     *
     * @throws IllegalArgumentException when the file has no such key entry
     * @throws IllegalStateException    when the file cannot be read or the password is wrong
     */
    public static SigningKey load(Path pkcs12, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(pkcs12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias;
            if (name == null) {
                name = Collections.list(store.aliases()).stream().filter(a -> isKeyEntry(store, a)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no key entry in " + pkcs12));
            }
            if (!store.isKeyEntry(name)) {
                throw new IllegalArgumentException("no key entry '" + name + "' in " + pkcs12);
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate[] certs = store.getCertificateChain(name);
            X509Certificate[] chain = Arrays.stream(certs).map(X509Certificate.class::cast)
                    .toArray(X509Certificate[]::new);
            return new SigningKey(key, chain);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the signing key " + pkcs12 + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the signing key " + pkcs12 + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new RSA 2048 key with a self-signed certificate valid for 10 years, key usage digitalSignature and
     * nonRepudiation (what document signatures need). For development and tests only: no viewer trusts it.
     */
    public static SigningKey selfSigned(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "CN")
                    .addRDN(BCStyle.O, "SkillPass")
                    .addRDN(BCStyle.CN, commonName)
                    .build();
            Instant now = Instant.now();
            Date notBefore = Date.from(now.minus(Duration.ofDays(1)));
            Date notAfter = Date.from(ZonedDateTime.now().plusYears(10).toInstant());
            BigInteger serial = new BigInteger(64, new SecureRandom()).setBit(63);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, notBefore, notAfter,
                    subject, pair.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.provider())
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA")
                            .setProvider(BouncyCastle.provider()).build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), new X509Certificate[] {certificate});
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a self-signed signing key", e);
        }
    }

    /**
     * The development key: loaded from {@code pkcs12} (alias {@value #DEV_ALIAS}), or made and written
     * there (owner-only permissions where the file system has them) when the file does not exist yet.
     */
    public static synchronized SigningKey loadOrCreateDev(Path pkcs12, char[] password) {
        if (Files.exists(pkcs12)) {
            return load(pkcs12, password, DEV_ALIAS);
        }
        SigningKey key = selfSigned(DEV_COMMON_NAME);
        try {
            Path dir = pkcs12.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".skillpass-dev", ".p12");
            try {
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: keep its defaults
                }
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(DEV_ALIAS, key.privateKey(), password, key.chain());
                try (OutputStream out = Files.newOutputStream(temp)) {
                    store.store(out, password);
                }
                // another process may have made the file meanwhile: then its key is the one to use
                Files.move(temp, pkcs12);
            } catch (FileAlreadyExistsException e) {
                return load(pkcs12, password, DEV_ALIAS);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development signing key " + pkcs12, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the development signing key " + pkcs12, e);
        }
        return key;
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey k && privateKey.equals(k.privateKey) && Arrays.equals(chain, k.chain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(privateKey, Arrays.hashCode(chain));
    }

    /** Never the key material. */
    @Override
    public String toString() {
        return "SigningKey[" + chain[0].getSubjectX500Principal().getName() + "]";
    }
}
