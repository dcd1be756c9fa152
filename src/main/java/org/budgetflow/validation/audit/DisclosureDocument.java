package org.budgetflow.validation.audit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A read-only typed view of a {@code budgetflow/disclosure-v1} document: the 13 tables and the narrative's key
 * figures, with every table cell as an amount (blank reads as zero) and every row carrying its location. Built by
 * {@link DisclosureJsonReader}.
 */
public final class DisclosureDocument {
    public static final String FORMAT = "budgetflow/disclosure-v1";

    /** A unit of the department (top-level {@code units}). */
    public record Unit(String code, String name) {
    }

    private final int year;
    private final String departmentCode;
    private final String departmentName;
    private final String printedName;
    private final List<Unit> units;
    private final Table01 table01;
    private final Map<String, RowTable> rowTables;
    private final Table04 table04;
    private final Table06 table06;
    private final Table08 table08;
    private final Table12 table12;
    private final Table13 table13;
    private final Narrative narrative;
    private final Map<String, String> remarks;
    private final Map<String, String> titles;

    DisclosureDocument(int year, String departmentCode, String departmentName, String printedName, List<Unit> units,
                       Table01 table01, Map<String, RowTable> rowTables, Table04 table04, Table06 table06,
                       Table08 table08, Table12 table12, Table13 table13, Narrative narrative,
                       Map<String, String> remarks, Map<String, String> titles) {
        this.year = year;
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.printedName = printedName;
        this.units = List.copyOf(units);
        this.table01 = table01;
        this.rowTables = Map.copyOf(rowTables);
        this.table04 = table04;
        this.table06 = table06;
        this.table08 = table08;
        this.table12 = table12;
        this.table13 = table13;
        this.narrative = narrative;
        this.remarks = Map.copyOf(remarks);
        this.titles = Map.copyOf(titles);
    }

    /** The budget year. */
    public int year() {
        return year;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String departmentName() {
        return departmentName;
    }

    /** department.printedName when the document gives one, else empty. */
    public Optional<String> printedName() {
        return Optional.ofNullable(printedName);
    }

    public List<Unit> units() {
        return units;
    }

    /** Unit name by code (top-level units), empty when unknown. */
    public Optional<String> unitName(String code) {
        return units.stream().filter(u -> u.code().equals(code)).map(Unit::name).findFirst();
    }

    public Table01 table01() {
        return table01;
    }

    public RowTable table02() {
        return rowTable("02");
    }

    public RowTable table03() {
        return rowTable("03");
    }

    public Table04 table04() {
        return table04;
    }

    public RowTable table05() {
        return rowTable("05");
    }

    public Table06 table06() {
        return table06;
    }

    public RowTable table07() {
        return rowTable("07");
    }

    public Table08 table08() {
        return table08;
    }

    public RowTable table09() {
        return rowTable("09");
    }

    public RowTable table10() {
        return rowTable("10");
    }

    public RowTable table11() {
        return rowTable("11");
    }

    public Table12 table12() {
        return table12;
    }

    public Table13 table13() {
        return table13;
    }

    /** One of the row tables 02, 03, 05, 07, 09, 10, 11. */
    public RowTable rowTable(String id) {
        RowTable table = rowTables.get(id);
        if (table == null) {
            throw new IllegalArgumentException("not a row table: " + id);
        }
        return table;
    }

    public Narrative narrative() {
        return narrative;
    }

    /** The 备注 of a table ("01" … "13"), when printed. */
    public Optional<String> remark(String tableId) {
        return Optional.ofNullable(remarks.get(tableId)).filter(s -> !s.isBlank());
    }

    /** The title of a table, when the document carries one. */
    public Optional<String> title(String tableId) {
        return Optional.ofNullable(titles.get(tableId)).filter(s -> !s.isBlank());
    }

    /** Every printed remark, by table id in order. */
    public SortedMap<String, String> remarks() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(remarks));
    }

    /** Every printed title, by table id in order. */
    public SortedMap<String, String> titles() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(titles));
    }
}
