package dev.regulars.pos.receipt;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping of a receipt row to a number of characters, for fixed-width printers. */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * The lines of {@code left} with {@code right} flush right on the last one (or on a line of its own when it
     * does not fit beside it), each exactly {@code width} characters or fewer.
     */
    static List<String> leftRight(String left, String right, int width) {
        List<String> lines = words(left, width);
        if (right == null || right.isEmpty()) {
            return lines;
        }
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (last.length() + 1 + right.length() <= width) {
            if (!lines.isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            lines.add(last + " ".repeat(width - last.length() - right.length()) + right);
        } else {
            lines.add(" ".repeat(Math.max(0, width - right.length())) + right);
        }
        return lines;
    }

    /** Words wrapped to {@code width}; a word longer than a line is cut. Leading spaces (indents) are kept. */
    static List<String> words(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
            indent++;
        }
        String pad = " ".repeat(Math.min(indent, width / 2));
        StringBuilder line = new StringBuilder(pad);
        for (String word : text.substring(indent).split(" +")) {
            while (word.length() > width - pad.length()) {
                if (line.length() > pad.length()) {
                    lines.add(line.toString());
                    line = new StringBuilder(pad);
                }
                int room = width - pad.length();
                lines.add(pad + word.substring(0, room));
                word = word.substring(room);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > pad.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(pad);
            }
            if (line.length() > pad.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > pad.length() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
