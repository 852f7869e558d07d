package org.skillpass.shared.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    @Test
    void encryptsWithFreshIvAndDecryptsBack() {
        FieldCipher cipher = new FieldCipher(KEY_A, KEY_B);
        String a = cipher.encrypt("220202199003071230");
        String b = cipher.encrypt("220202199003071230");
        assertThat(a).isNotEqualTo(b).doesNotContain("19900307");
        assertThat(cipher.decrypt(a)).isEqualTo("220202199003071230");
    }

    @Test
    void blindIndexIsStableAndKeyed() {
        FieldCipher one = new FieldCipher(KEY_A, KEY_B);
        FieldCipher other = new FieldCipher(KEY_A, KEY_A);
        assertThat(one.blindIndex("x")).isEqualTo(one.blindIndex("x")).hasSize(64);
        assertThat(one.blindIndex("x")).isNotEqualTo(other.blindIndex("x"));
    }

    @Test
    void tamperedOrForeignCiphertextIsRefused() {
        FieldCipher cipher = new FieldCipher(KEY_A, KEY_B);
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("secret"));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(raw))).isInstanceOf(IllegalStateException.class);
        String foreign = new FieldCipher(KEY_B, KEY_B).encrypt("secret");
        assertThatThrownBy(() -> cipher.decrypt(foreign)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysMustBe32Bytes() {
        assertThatThrownBy(() -> new FieldCipher(Base64.getEncoder().encodeToString(new byte[16]), KEY_B))
                .isInstanceOf(IllegalStateException.class);
    }
}
