package org.budgetflow.classification;

/** The catalog holds no code lists for the requested budget year. */
public class NoClassificationDataException extends ClassificationDataException {
    private final int year;

    public NoClassificationDataException(int year, String coverage) {
        super("没有 " + year + " 年的政府收支分类科目数据（现有数据：" + coverage
                + "）。请在 lists.csv 中为该年度登记代码表，并在各代码表中补充该年度适用的科目。");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
