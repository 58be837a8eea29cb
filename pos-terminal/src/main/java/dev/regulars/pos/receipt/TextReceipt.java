package dev.regulars.pos.receipt;

import dev.regulars.pos.receipt.ReceiptRow.Blank;
import dev.regulars.pos.receipt.ReceiptRow.Qr;
import dev.regulars.pos.receipt.ReceiptRow.Rule;
import dev.regulars.pos.receipt.ReceiptRow.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt as lines of fixed-width text, for the screen (in a monospaced font, beside the QR drawn from
 * {@link QrMatrix}): the same rows as the printed receipt, wrapped the same way.
 */
public final class TextReceipt {

    private TextReceipt() {
    }

    /** The receipt's lines at {@code columns} characters; the QR row is left out (the screen draws it). */
    public static List<String> lines(Receipt receipt, int columns) {
        return lines(ReceiptLayout.rows(receipt), columns);
    }

    /** Any laid-out slip (an X or Z report) as lines of text. */
    public static List<String> lines(List<ReceiptRow> rows, int columns) {
        List<String> lines = new ArrayList<>();
        for (ReceiptRow row : rows) {
            if (row instanceof Text text) {
                List<String> wrapped = text.centered() ? TextWrap.words(text.left(), columns)
                        : TextWrap.leftRight(text.left(), text.right(), columns);
                for (String line : wrapped) {
                    lines.add(text.centered() ? centred(line, columns) : line);
                }
            } else if (row instanceof Rule) {
                lines.add("-".repeat(columns));
            } else if (row instanceof Blank) {
                lines.add("");
            } else if (!(row instanceof Qr)) {
                throw new IllegalStateException("a receipt row of an unknown kind: " + row);
            }
        }
        return lines;
    }

    private static String centred(String line, int columns) {
        return " ".repeat(Math.max(0, (columns - line.length()) / 2)) + line;
    }
}
