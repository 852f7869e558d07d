package org.skillpass.certificate.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;

class PdfsTest {

    @Test
    void writesDatesTheChineseWay() {
        assertThat(Pdfs.chineseDate(LocalDate.of(2026, 11, 23))).isEqualTo("2026年11月23日");
        assertThat(Pdfs.chineseDate(LocalDate.of(2026, 3, 5))).isEqualTo("2026年3月5日");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(Pdfs.oneLine(" 吉林省\r\n职业技能\t中心 ")).isEqualTo("吉林省  职业技能 中心");
        assertThat(Pdfs.oneLine(null)).isEmpty();
    }

    /** ZXing's own reader fails on some codes its writer makes (97 characters at level M, for one). */
    @Test
    void everyQrCodeReadsBackWhateverTheLength() throws Exception {
        List<Integer> unreadable = new ArrayList<>();
        String tail = "S123422000101264000123ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int length = 40; length < 140; length++) {
            String url = "https://skillpass.example.cn/verify/" + tail.substring(0, length - 36);
            if (!url.equals(read(Pdfs.qrMatrix(url)))) {
                unreadable.add(length);
            }
        }
        assertThat(unreadable).isEmpty();
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8() throws Exception {
        assertThat(read(Pdfs.qrMatrix("https://skillpass.example.cn/核验/张三"))).isEqualTo("https://skillpass.example.cn/核验/张三");
    }

    private static String read(BitMatrix m) throws Exception {
        int scale = 4;
        int w = m.getWidth() * scale;
        int h = m.getHeight() * scale;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (com.google.zxing.NotFoundException e) {
            return null;
        }
    }
}
