package org.budgetflow.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

/**
 * Where each part of an imported budget came from in the workbook: the sheet and row of every record (a line, a
 * project, an indicator, a unit…) and of every form field. It turns a finding's location, a budget-v1 path such as
 * {@code lines[12].govEconCode} or {@code projects[3].indicators[2]}, into the cell a department fills in:
 * {@code 支出明细!F15}.
 */
public final class WorkbookSources {
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final Pattern LAST_RECORD = Pattern.compile("^(.*\\[\\d+])(?:\\.(.+))?$");

    /** Concrete record or form-field paths ({@code lines[3]}, {@code priorYear.total}) → sheet and row. */
    private final Map<String, SheetRowRef> rows = new HashMap<>();

    WorkbookSources() {
    }

    /** A place in the workbook: sheet, and row and column where known. */
    public record CellPlace(String sheet, Integer row, String column, String header) {

        /** The Excel reference: {@code 支出明细!F15}, {@code 支出明细!15} for a row, {@code 收入} for a sheet. */
        public String ref() {
            return new CellError(sheet, row, column, header, "").field();
        }

        /** In words: 工作表“支出明细”第 15 行 F 列（政府经济分类科目）. */
        public String label() {
            if (row == null) {
                return "工作表“" + sheet + "”";
            }
            if (column == null) {
                return "工作表“" + sheet + "”第 " + row + " 行";
            }
            return CellError.place(sheet, row, column, header);
        }
    }

    private record SheetRowRef(SheetSpec spec, int row, Column formField) {
    }

    void record(SheetSpec spec, String path, int row) {
        rows.put(path, new SheetRowRef(spec, row, null));
    }

    void formField(SheetSpec spec, Column field, String path, int row) {
        rows.put(path, new SheetRowRef(spec, row, field));
    }

    /**
     * The workbook place of a budget-v1 location, as precise as the workbook allows: a cell for a field of a
     * record, a row for a record, a sheet for an aggregate ({@code income[unitCode=…][fundSource=…]}).
     */
    public Optional<CellPlace> place(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        String path = location.startsWith("$.") ? location.substring(2) : location;
        SheetRowRef form = rows.get(path);
        if (form != null && form.formField() != null) {
            return Optional.of(new CellPlace(form.spec().name(), form.row(), "B", form.formField().header()));
        }
        String candidate = path;
        while (true) {
            Matcher m = LAST_RECORD.matcher(candidate);
            if (!m.matches()) {
                break;
            }
            SheetRowRef record = rows.get(m.group(1));
            if (record != null) {
                String rest = candidate.equals(path) ? m.group(2) : path.substring(m.group(1).length() + 1);
                return Optional.of(cellOf(record, m.group(1), rest));
            }
            int cut = m.group(1).lastIndexOf('[');
            candidate = m.group(1).substring(0, cut);
        }
        return sheetOf(path);
    }

    private static CellPlace cellOf(SheetRowRef record, String recordPath, String field) {
        if (record.formField() != null || field == null) {
            return record.formField() != null
                    ? new CellPlace(record.spec().name(), record.row(), "B", record.formField().header())
                    : new CellPlace(record.spec().name(), record.row(), null, null);
        }
        String generic = INDEX.matcher(recordPath).replaceAll("[]") + "." + INDEX.matcher(field).replaceAll("[]");
        List<Column> columns = record.spec().columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(generic)) {
                return new CellPlace(record.spec().name(), record.row(), CellReference.convertNumToColString(i),
                        columns.get(i).header());
            }
        }
        return new CellPlace(record.spec().name(), record.row(), null, null);
    }

    /** An aggregate or a whole part: the sheet that holds it. */
    private static Optional<CellPlace> sheetOf(String path) {
        String generic = INDEX.matcher(path.replaceAll("\\[[^\\]]*=[^\\]]*]", "[]")).replaceAll("[]");
        SheetSpec best = null;
        for (SheetSpec spec : Layout.SHEETS) {
            for (String field : spec.field().split(",\\s*")) {
                boolean holds = generic.equals(field) || generic.startsWith(field + "[") || generic.startsWith(field + ".");
                if (holds && (best == null || field.length() > best.field().length())) {
                    best = spec;
                }
            }
        }
        return Optional.ofNullable(best).map(spec -> new CellPlace(spec.name(), null, null, null));
    }
}
