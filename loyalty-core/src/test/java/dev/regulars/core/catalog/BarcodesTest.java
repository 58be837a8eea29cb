package dev.regulars.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarcodesTest {

    @Test
    void whitespaceGoesAndUpcAIsWrittenAsEan13() {
        assertThat(Barcodes.normalize(" 4006381 333931 ")).isEqualTo("4006381333931");
        assertThat(Barcodes.normalize("036000291452")).isEqualTo("0036000291452");
        assertThat(Barcodes.normalize("0036000291452")).isEqualTo("0036000291452");
        assertThat(Barcodes.normalize("CAFE-0042")).isEqualTo("CAFE-0042");
        assertThat(Barcodes.normalize("   ")).isNull();
        assertThat(Barcodes.normalize(null)).isNull();
    }

    @Test
    void gtinsMustHaveTheirCheckDigitRight() {
        assertThat(Barcodes.problemWith("4006381333931")).isNull();
        assertThat(Barcodes.problemWith("4006381333932")).isEqualTo(Barcodes.Problem.CHECK_DIGIT);
        assertThat(Barcodes.problemWith(Barcodes.normalize("036000291452"))).isNull();
        assertThat(Barcodes.problemWith(Barcodes.normalize("036000291453"))).isEqualTo(Barcodes.Problem.CHECK_DIGIT);
        assertThat(Barcodes.problemWith("10012345678902")).as("GTIN-14").isNull();
        assertThat(Barcodes.problemWith("96385074")).as("8 digits: EAN-8 or UPC-E, not checked").isNull();
        assertThat(Barcodes.checkDigit("400638133393")).isEqualTo(1);
    }

    @Test
    void anyOtherPrintableStringIsABarcode() {
        assertThat(Barcodes.problemWith("CAFE-0042")).isNull();
        assertThat(Barcodes.problemWith("A".repeat(65))).isEqualTo(Barcodes.Problem.TOO_LONG);
        assertThat(Barcodes.problemWith("café")).isEqualTo(Barcodes.Problem.NOT_PRINTABLE);
        assertThat(Barcodes.problemWith("AB\u0007C")).isEqualTo(Barcodes.Problem.NOT_PRINTABLE);
    }
}
