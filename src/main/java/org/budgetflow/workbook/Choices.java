package org.budgetflow.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.UnitKind;

/**
 * A closed set of values shown by their Chinese labels in the workbook (an enumeration of the model, or yes/no).
 * A cell may hold the label or, for enumerations, the budget-v1 name ({@code GENERAL_PUBLIC_BUDGET}).
 */
final class Choices<T> {
    static final Choices<FundSource> FUND_SOURCE = ofEnum("资金来源", "bf_fund_source",
            FundSource.values(), FundSource::label);
    static final Choices<ExpenditureCategory> CATEGORY = ofEnum("支出类别", "bf_category",
            ExpenditureCategory.values(), ExpenditureCategory::label);
    static final Choices<UnitKind> UNIT_KIND = ofEnum("单位类型", "bf_unit_kind", UnitKind.values(), UnitKind::label);
    static final Choices<ProjectType> PROJECT_TYPE = ofEnum("项目类型", "bf_project_type",
            ProjectType.values(), ProjectType::label);
    static final Choices<IndicatorCategory> INDICATOR_CATEGORY = ofEnum("一级指标", "bf_indicator_category",
            IndicatorCategory.values(), IndicatorCategory::label);
    static final Choices<Boolean> YES_NO = new Choices<>("是/否", "bf_yes_no", List.of(Boolean.TRUE, Boolean.FALSE),
            b -> b ? "是" : "否", Map.of("TRUE", Boolean.TRUE, "FALSE", Boolean.FALSE));

    /** Every list, in the column order of the hidden list sheet. */
    static final List<Choices<?>> ALL = List.of(FUND_SOURCE, CATEGORY, UNIT_KIND, PROJECT_TYPE, INDICATOR_CATEGORY,
            YES_NO);

    private final String title;
    private final String listName;
    private final List<T> values;
    private final Function<T, String> label;
    private final Map<String, T> byText = new LinkedHashMap<>();

    private Choices(String title, String listName, List<T> values, Function<T, String> label,
                    Map<String, T> aliases) {
        this.title = title;
        this.listName = listName;
        this.values = values;
        this.label = label;
        for (T value : values) {
            byText.put(label.apply(value), value);
        }
        aliases.forEach(byText::putIfAbsent);
    }

    private static <E extends Enum<E>> Choices<E> ofEnum(String title, String listName, E[] values,
                                                         Function<E, String> label) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(value.name(), value);
        }
        return new Choices<>(title, listName, List.of(values), label, names);
    }

    /** What the values are, e.g. 资金来源. */
    String title() {
        return title;
    }

    /** The defined name of the drop-down list on the hidden sheet. */
    String listName() {
        return listName;
    }

    List<String> labels() {
        return values.stream().map(label).toList();
    }

    String label(T value) {
        return label.apply(value);
    }

    @SuppressWarnings("unchecked")
    String labelOf(Object value) {
        return label.apply((T) value);
    }

    /** The value a cell's text stands for (label or budget-v1 name, case-insensitive for names), or null. */
    T parse(String text) {
        T value = byText.get(text);
        return value != null ? value : byText.get(text.toUpperCase(java.util.Locale.ROOT));
    }
}
