package org.skillpass.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Encrypts personal fields (resident ID numbers) with AES-256-GCM and computes a keyed HMAC-SHA256
 * "blind index" for finding and de-duplicating them without decrypting. Keys come from
 * configuration ({@code skillpass.crypto.field-key} and {@code skillpass.crypto.index-key}, base64 of
 * 32 bytes); the development defaults are logged loudly and must be replaced in production.
 */
@ApplicationScoped
public class FieldCipher {

    private static final Logger LOG = Logger.getLogger(FieldCipher.class.getName());
    static final String DEV_FIELD_KEY = "c2tpbGxwYXNzLWRldi1maWVsZC1rZXktMzItYnl0ZXM=";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    @ConfigProperty(name = "skillpass.crypto.field-key")
    String fieldKeyBase64;

    @Inject
    @ConfigProperty(name = "skillpass.crypto.index-key")
    String indexKeyBase64;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec fieldKey;
    private SecretKeySpec indexKey;

    public FieldCipher() {
    }

    /** For plain-Java use and tests. */
    public FieldCipher(String fieldKeyBase64, String indexKeyBase64) {
        this.fieldKeyBase64 = fieldKeyBase64;
        this.indexKeyBase64 = indexKeyBase64;
        init();
    }

    @PostConstruct
    void init() {
        byte[] f = Base64.getDecoder().decode(fieldKeyBase64);
        byte[] i = Base64.getDecoder().decode(indexKeyBase64);
        if (f.length != 32 || i.length != 32) {
            throw new IllegalStateException("skillpass.crypto.field-key and index-key must be base64 of 32 bytes");
        }
        if (DEV_FIELD_KEY.equals(fieldKeyBase64)) {
            LOG.warning("Using the development field-encryption key: set SKILLPASS_CRYPTO_FIELD_KEY and "
                    + "SKILLPASS_CRYPTO_INDEX_KEY in production");
        }
        fieldKey = new SecretKeySpec(f, "AES");
        indexKey = new SecretKeySpec(i, "HmacSHA256");
    }

    /** Base64 of IV + ciphertext + tag. */
    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, fieldKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("field encryption failed", e);
        }
    }

    public String decrypt(String encoded) {
        try {
            byte[] in = Base64.getDecoder().decode(encoded);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, fieldKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("field decryption failed (wrong key or tampered value)", e);
        }
    }

    /** Hex HMAC-SHA256 of the value: equal values give equal indexes, nothing else is revealed. */
    public String blindIndex(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index failed", e);
        }
    }
}
