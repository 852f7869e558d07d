package org.skillpass.certificate.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillpass.certificate.infrastructure.pdf.PdfSigner;
import org.skillpass.certificate.infrastructure.pdf.SigningKey;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The key that signs certificates and transcripts: a PKCS#12 file from configuration in production
 * ({@code skillpass.certificate.keystore}, {@code -password}, {@code key-alias}); without one, a
 * development key generated once at {@code skillpass.certificate.dev-keystore} (never committed).
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final char[] DEV_PASSWORD = "skillpass-dev".toCharArray();

    @Inject
    @ConfigProperty(name = "skillpass.certificate.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "skillpass.certificate.keystore-password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "skillpass.certificate.key-alias")
    Optional<String> alias;

    @Inject
    @ConfigProperty(name = "skillpass.certificate.dev-keystore", defaultValue = "certificates/keys/dev-signing.p12")
    String devKeystore;

    private SigningKey key;
    private PdfSigner signer;

    @PostConstruct
    void init() {
        if (keystore.isPresent() && !keystore.get().isBlank()) {
            key = SigningKey.load(Path.of(keystore.get()), password.orElse("").toCharArray(), alias.orElse(null));
        } else {
            LOG.warning("Signing certificates with the development key " + devKeystore
                    + ": set SKILLPASS_CERTIFICATE_KEYSTORE in production");
            key = SigningKey.loadOrCreateDev(Path.of(devKeystore).toAbsolutePath(), DEV_PASSWORD);
        }
        signer = new PdfSigner(key);
    }

    public SigningKey key() {
        return key;
    }

    public PdfSigner signer() {
        return signer;
    }
}
