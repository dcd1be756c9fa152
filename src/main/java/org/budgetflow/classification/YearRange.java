package org.budgetflow.classification;

/** The budget years a data row applies to, both ends inclusive; a null end is open. */
record YearRange(Integer from, Integer to) {

    boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    boolean overlaps(YearRange other) {
        int aFrom = from == null ? Integer.MIN_VALUE : from;
        int aTo = to == null ? Integer.MAX_VALUE : to;
        int bFrom = other.from == null ? Integer.MIN_VALUE : other.from;
        int bTo = other.to == null ? Integer.MAX_VALUE : other.to;
        return aFrom <= bTo && bFrom <= aTo;
    }

    /** "2018 年起", "2018–2024 年", "至 2020 年", "各年度". */
    String describe() {
        if (from == null && to == null) {
            return "各年度";
        }
        if (to == null) {
            return from + " 年起";
        }
        if (from == null) {
            return "至 " + to + " 年";
        }
        return from.equals(to) ? from + " 年" : from + "–" + to + " 年";
    }

    static YearRange parse(CsvTable.Row row) {
        Integer from = year(row, "validFrom");
        Integer to = year(row, "validTo");
        if (from != null && to != null && from > to) {
            throw new ClassificationDataException(row.where() + "：validFrom " + from + " 晚于 validTo " + to);
        }
        return new YearRange(from, to);
    }

    private static Integer year(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[0-9]{4}")) {
            throw new ClassificationDataException(row.where() + "：" + column + " 应为四位年份或留空，实为“" + value + "”");
        }
        return Integer.valueOf(value);
    }
}
