package org.budgetflow.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

/**
 * Reads the typed values of one record (a table row, or a form's fields) from its raw cells, and reports every cell
 * that cannot be read with its sheet, row and column. A method returns null for an unreadable cell; {@link #failed()}
 * tells whether the record had any error.
 */
final class RecordReader {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final Pattern CODE = Pattern.compile("([0-9]+)(?:[\\s\\u3000].*)?", Pattern.DOTALL);
    /** Significant digits a number cell keeps exactly (Excel stores doubles). */
    private static final int EXACT_DIGITS = 15;
    private static final int SHOWN = 40;

    /** A cell and where it is; row 0 means the form has no row for the field. */
    record Located(RawCell cell, int row, int column) {
        static final Located ABSENT = new Located(null, 0, 1);
    }

    private final String sheet;
    private final Function<Column, Located> lookup;
    private final ErrorCollector errors;
    private final CodeChecker codes;
    private boolean failed;

    RecordReader(String sheet, Function<Column, Located> lookup, ErrorCollector errors, CodeChecker codes) {
        this.sheet = sheet;
        this.lookup = lookup;
        this.errors = errors;
        this.codes = codes;
    }

    boolean failed() {
        return failed;
    }

    /** Free text, or null when empty; a required column reports an empty cell. */
    String text(Column column) {
        Located at = lookup.apply(column);
        String text = asText(column, at);
        if (text == null && column.required() && !failedCell) {
            missing(column, at);
        }
        return text;
    }

    /** Free text that budget-v1 requires to be present but allows to be empty: an empty cell reads as "". */
    String textOrEmpty(Column column) {
        String text = text(column);
        return text == null ? "" : text;
    }

    /** A code of the column's number of digits. */
    String digits(Column column) {
        Located at = lookup.apply(column);
        String text = asText(column, at);
        if (text == null) {
            if (!failedCell) {
                missing(column, at);
            }
            return null;
        }
        String code = text.trim();
        if (code.length() != column.digits() || !allDigits(code)) {
            String hint = at.cell().type() == RawCell.Type.NUMBER && code.matches("[0-9]+")
                    && code.length() < column.digits() ? "（以数字格式填写会丢掉开头的 0，请把单元格设为文本格式后重新填写）" : "";
            fail(column, at, "应为 " + column.digits() + " 位数字，实际为“" + shown(code) + "”" + hint);
            return null;
        }
        return code;
    }

    /** A classification code: the leading digits of "code name" or a bare code, known to the year's list. */
    String code(Column column) {
        Located at = lookup.apply(column);
        String text = asText(column, at);
        if (text == null) {
            if (!failedCell) {
                missing(column, at);
            }
            return null;
        }
        Matcher m = CODE.matcher(text.trim());
        if (!m.matches() || m.group(1).length() != column.digits()) {
            fail(column, at, "应为 " + column.digits() + " 位科目代码（可带名称，如“" + column.example()
                    + "”），实际为“" + shown(text.trim()) + "”");
            return null;
        }
        String code = m.group(1);
        String unknown = codes.unknown(column.codes(), code);
        if (unknown != null) {
            fail(column, at, unknown + "，请从下拉列表中选择");
            return null;
        }
        return code;
    }

    /** An amount in 万元 with two decimals, or null when empty (reported when the column is required). */
    BigDecimal amount(Column column) {
        Located at = lookup.apply(column);
        RawCell cell = at.cell();
        if (cell == null) {
            if (column.required()) {
                missing(column, at);
            }
            return null;
        }
        switch (cell.type()) {
            case NUMBER -> {
                BigDecimal amount = numberAmount(cell.text());
                if (amount == null) {
                    fail(column, at, "金额 " + shown(cell.text()) + " 超过两位小数；金额以万元为单位，最多两位小数");
                }
                return amount;
            }
            case TEXT -> {
                String text = cell.text().trim();
                if (!DECIMAL.matcher(text).matches()) {
                    fail(column, at, "是文本“" + shown(cell.text()) + "”，应填金额（数字，最多两位小数，单位万元，如 "
                            + column.example() + "）");
                    return null;
                }
                BigDecimal amount = new BigDecimal(text);
                if (decimals(amount) > 2) {
                    fail(column, at, "金额 " + shown(text) + " 超过两位小数；金额以万元为单位，最多两位小数");
                    return null;
                }
                return amount.setScale(2, RoundingMode.UNNECESSARY);
            }
            default -> {
                unreadable(column, at, cell);
                return null;
            }
        }
    }

    /** A whole number within bounds, or null when empty (reported when the column is required). */
    Integer integer(Column column, int min, int max) {
        Located at = lookup.apply(column);
        RawCell cell = at.cell();
        if (cell == null) {
            if (column.required()) {
                missing(column, at);
            }
            return null;
        }
        Integer value = switch (cell.type()) {
            case NUMBER -> wholeNumber(cell.text());
            case TEXT -> WHOLE.matcher(cell.text().trim()).matches() ? Integer.valueOf(cell.text().trim()) : null;
            default -> {
                unreadable(column, at, cell);
                yield null;
            }
        };
        if (value == null) {
            if (cell.type() == RawCell.Type.NUMBER || cell.type() == RawCell.Type.TEXT) {
                fail(column, at, "应为整数，实际为“" + shown(cell.text()) + "”");
            }
            return null;
        }
        if (value < min || value > max) {
            fail(column, at, "应在 " + min + " 到 " + max + " 之间，实际为 " + value);
            return null;
        }
        return value;
    }

    /** One of the column's choices; an empty cell is the flag default, or reported when required. */
    <T> T choice(Column column, Choices<T> choices) {
        Located at = lookup.apply(column);
        String text = asText(column, at);
        if (text == null) {
            if (failedCell) {
                return null;
            }
            if (column.flagDefault() != null) {
                return choices.parse(column.flagDefault() ? "TRUE" : "FALSE");
            }
            missing(column, at);
            return null;
        }
        T value = choices.parse(text.trim());
        if (value == null) {
            fail(column, at, "“" + shown(text.trim()) + "”不是有效的" + choices.title() + "，应为以下之一："
                    + String.join("、", choices.labels()));
        }
        return value;
    }

    /** A yes/no flag; an empty cell is the column's default. False when unreadable (the record has failed). */
    boolean flag(Column column) {
        Boolean value = choice(column, Choices.YES_NO);
        return value != null && value;
    }

    /** Reports an error found beyond the cell's own format (e.g. a reference to nothing). */
    void reject(Column column, String detail) {
        fail(column, lookup.apply(column), detail);
    }

    // ---- raw cells

    private boolean failedCell;

    /** The cell as text; null when empty or unreadable (then {@link #failedCell} is set). */
    private String asText(Column column, Located at) {
        failedCell = false;
        RawCell cell = at.cell();
        if (cell == null) {
            return null;
        }
        switch (cell.type()) {
            case TEXT -> {
                return cell.text();
            }
            case NUMBER -> {
                String text = numberText(cell.text());
                if (text == null) {
                    failedCell = true;
                    fail(column, at, "数字 " + shown(cell.text()) + " 超过 " + EXACT_DIGITS
                            + " 位有效数字，Excel 已丢失精度；请把单元格设为文本格式后重新填写");
                }
                return text;
            }
            case BOOLEAN -> {
                return "1".equals(cell.text()) ? "TRUE" : "FALSE";
            }
            default -> {
                failedCell = true;
                unreadable(column, at, cell);
                return null;
            }
        }
    }

    private void unreadable(Column column, Located at, RawCell cell) {
        if (cell.type() == RawCell.Type.FORMULA) {
            failed = true;
            errors.add(new CellError(sheet, at.row(), letter(at), column.header(),
                    CellError.place(sheet, at.row(), letter(at), column.header()) + "是公式（=" + shown(cell.text())
                            + "），请粘贴为数值"));
        } else if (cell.type() == RawCell.Type.ERROR) {
            fail(column, at, "是错误值 " + shown(cell.text()) + "，请填写" + column.format());
        } else {
            fail(column, at, "是逻辑值 " + ("1".equals(cell.text()) ? "TRUE" : "FALSE") + "，应填" + column.format());
        }
    }

    private void missing(Column column, Located at) {
        failed = true;
        if (at.row() == 0) {
            errors.add(CellError.sheet(sheet, "工作表“" + sheet + "”缺少“" + column.header() + "”一行（A 列填“"
                    + column.header() + "”，B 列填内容）"));
        } else {
            errors.add(CellError.cell(sheet, at.row(), letter(at), column.header(), "不能为空，请填写"
                    + column.format()));
        }
    }

    private void fail(Column column, Located at, String detail) {
        failed = true;
        errors.add(CellError.cell(sheet, at.row(), letter(at), column.header(), detail));
    }

    private static String letter(Located at) {
        return CellReference.convertNumToColString(at.column());
    }

    // ---- numbers

    /**
     * The amount a number cell stands for, or null when it has more than two decimals. The text in the file is read
     * as a decimal; a binary double's noise (8.3299999999999997, 0.30000000000000004) is taken as the two-decimal
     * value it displays, but a real third decimal (8.333) is not.
     */
    static BigDecimal numberAmount(String raw) {
        BigDecimal written;
        try {
            written = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
        if (decimals(written) <= 2) {
            return written.setScale(2, RoundingMode.UNNECESSARY);
        }
        double d = written.doubleValue();
        if (Double.isInfinite(d)) {
            return null;
        }
        BigDecimal shortest = BigDecimal.valueOf(d);
        if (decimals(shortest) <= 2) {
            return shortest.setScale(2, RoundingMode.UNNECESSARY);
        }
        BigDecimal rounded = shortest.setScale(2, RoundingMode.HALF_UP);
        return Math.abs(rounded.doubleValue() - d) <= 4 * Math.ulp(d) ? rounded : null;
    }

    /** A number cell shown as text (codes typed as numbers), or null when Excel has lost digits. */
    static String numberText(String raw) {
        BigDecimal value;
        try {
            value = BigDecimal.valueOf(Double.parseDouble(raw)).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
        if (value.precision() - value.scale() > EXACT_DIGITS) {
            return null; // a whole part of 16+ digits: Excel has rounded it (a 21-digit project code typed as a number)
        }
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    private static Integer wholeNumber(String raw) {
        try {
            BigDecimal value = new BigDecimal(raw).stripTrailingZeros();
            return value.scale() <= 0 ? value.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static String shown(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > SHOWN ? oneLine.substring(0, SHOWN - 1) + "…" : oneLine;
    }
}
