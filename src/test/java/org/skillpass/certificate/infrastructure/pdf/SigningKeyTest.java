package org.skillpass.certificate.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @Test
    void theDevKeyIsCreatedOnceAndLoadedAfterwards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/dev-signing.p12");

        SigningKey created = SigningKey.loadOrCreateDev(file, PASSWORD);
        assertThat(file).exists();
        long size = Files.size(file);
        SigningKey loaded = SigningKey.loadOrCreateDev(file, PASSWORD);

        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(loaded.certificate()).isEqualTo(created.certificate());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(created.privateKey().getEncoded());
        assertThat(loaded.certificate().getSubjectX500Principal().getName()).contains("SkillPass 开发用签名证书 (dev only)");
        assertThat(SigningKey.load(file, PASSWORD, null).certificate()).isEqualTo(created.certificate());
    }

    @Test
    void aSelfSignedKeySignsDocumentsForTenYears() throws Exception {
        SigningKey key = SigningKey.selfSigned("测试签名");
        X509Certificate c = key.certificate();

        c.verify(c.getPublicKey());
        c.checkValidity();
        assertThat(c.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(c.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(c.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(c.getBasicConstraints()).isEqualTo(-1);
        long years = (c.getNotAfter().getTime() - c.getNotBefore().getTime()) / (365L * 24 * 3600 * 1000);
        assertThat(years).isEqualTo(10);
        assertThat(key.toString()).contains("测试签名");
    }

    @Test
    void aWrongAliasOrPasswordSaysSo(@TempDir Path dir) {
        Path file = dir.resolve("dev.p12");
        SigningKey.loadOrCreateDev(file, PASSWORD);

        assertThatThrownBy(() -> SigningKey.load(file, PASSWORD, "production"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("production");
        assertThatThrownBy(() -> SigningKey.load(file, "wrong".toCharArray(), SigningKey.DEV_ALIAS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theChainCannotBeChangedFromOutside() {
        SigningKey key = SigningKey.selfSigned("x");

        key.chain()[0] = null;

        assertThat(key.chain()[0]).isNotNull();
    }
}
