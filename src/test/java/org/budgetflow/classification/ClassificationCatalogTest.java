package org.budgetflow.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.budgetflow.budget.FundSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationCatalogTest {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.loadDefault();
    private static final List<String> FILES = List.of("lists.csv", "function-codes.csv", "dept-economic-codes.csv",
            "gov-economic-codes.csv", "economic-mapping.csv");

    @TempDir
    Path dir;

    @Test
    void loads_all_thirty_function_classes_for_2023() {
        CodeList functions = CATALOG.functionCodes(2023);

        assertThat(functions.codes(CodeLevel.CLASS)).hasSize(30);
        assertThat(functions.name("212")).contains("城乡社区支出");
        assertThat(functions.name("234")).contains("抗疫特别国债安排的支出");
    }

    @Test
    void names_codes_exactly_as_the_worked_example_prints_them() {
        ClassificationYear year = CATALOG.forYear(2023);

        assertThat(year.functionCodes().name("2080505")).contains("机关事业单位基本养老保险缴费支出");
        assertThat(year.functionCodes().name("2290402")).contains("其他地方自行试点项目收益专项债券收入安排的支出");
        assertThat(year.deptEconomicCodes().name("30108")).contains("机关事业单位基本养老保险缴费");
        assertThat(year.deptEconomicCodes().name("30999")).contains("其他基本建设支出");
        assertThat(year.govEconomicCodes().name("50102")).contains("社会保障缴费");
        assertThat(year.govEconomicCodes().name("50501")).contains("工资福利支出");
    }

    @Test
    void gives_the_parent_and_level_of_a_code() {
        CodeList functions = CATALOG.functionCodes(2023);

        assertThat(functions.parent("2120101")).map(ClassificationCode::code).contains("21201");
        assertThat(functions.parent("21201")).map(ClassificationCode::name).contains("城乡社区支出");
        assertThat(functions.parent("212")).isEmpty();
        assertThat(functions.level("2120101")).isEqualTo(CodeLevel.ITEM);
        assertThat(CATALOG.deptEconomicCodes(2023).level("30101")).isEqualTo(CodeLevel.SECTION);
        assertThat(CATALOG.deptEconomicCodes(2023).level("3010101")).isNull();
        assertThat(functions.find("2120101").orElseThrow().parentCode()).isEqualTo("21201");
    }

    @Test
    void ships_partial_lists_whose_classes_are_complete() {
        CodeList functions = CATALOG.functionCodes(2023);

        assertThat(functions.isComplete()).isFalse();
        assertThat(functions.isComplete(CodeLevel.CLASS)).isTrue();
        assertThat(functions.isComplete(CodeLevel.ITEM)).isFalse();
        assertThat(functions.title()).isEqualTo("2023 年支出功能分类科目（部分）");
        assertThat(functions.title(CodeLevel.CLASS)).isEqualTo("2023 年支出功能分类科目");
        assertThat(CATALOG.govEconomicCodes(2023).isComplete(CodeLevel.CLASS)).isTrue();
    }

    @Test
    void uses_the_class_names_of_each_year() {
        assertThat(CATALOG.functionCodes(2018).name("210")).contains("医疗卫生与计划生育支出");
        assertThat(CATALOG.functionCodes(2019).name("210")).contains("卫生健康支出");
        assertThat(CATALOG.functionCodes(2019).contains("234")).isFalse();
        assertThat(CATALOG.functionCodes(2020).contains("234")).isTrue();
    }

    @Test
    void throws_a_clear_exception_for_a_year_without_data() {
        assertThat(CATALOG.covers(2017)).isFalse();
        assertThatThrownBy(() -> CATALOG.forYear(2017))
                .isInstanceOf(NoClassificationDataException.class)
                .hasMessageContaining("没有 2017 年")
                .hasMessageContaining("2018 年起");
    }

    @Test
    void inherits_the_scope_of_a_function_code_from_its_section_and_class() {
        CodeList functions = CATALOG.functionCodes(2023);

        assertThat(functions.scopeOf("2290402")).containsExactly(FundSource.GOVERNMENT_FUND);
        assertThat(functions.scopeOf("2230199")).containsExactly(FundSource.STATE_CAPITAL);
        assertThat(functions.scopeOf("2120101")).isEmpty();
    }

    @Test
    void reads_a_finance_bureau_folder_that_adds_a_code_and_a_new_year_by_rows() throws IOException {
        copyBundled();
        append("function-codes.csv", "2120105,工程建设标准规范编制与监管,2025,,");
        append("function-codes.csv", "21305,巩固脱贫攻坚成果衔接乡村振兴,2025,,");
        append("lists.csv", "function,CLASS,2025,2025,true,2025 年类齐全");

        ClassificationCatalog bureau = ClassificationCatalog.load(dir);

        assertThat(bureau.functionCodes(2025).name("2120105")).contains("工程建设标准规范编制与监管");
        assertThat(bureau.functionCodes(2024).contains("2120105")).isFalse();
        assertThat(bureau.functionCodes(2025).isComplete(CodeLevel.CLASS)).isTrue();
        assertThat(bureau.functionCodes(2025).name("2080505")).contains("机关事业单位基本养老保险缴费支出");
    }

    @Test
    void a_replacement_folder_must_hold_every_file() throws IOException {
        copyBundled();
        Files.delete(dir.resolve("economic-mapping.csv"));

        assertThatThrownBy(() -> ClassificationCatalog.load(dir))
                .isInstanceOf(ClassificationDataException.class)
                .hasMessageContaining("economic-mapping.csv");
    }

    @Test
    void an_extension_folder_overrides_a_name_for_later_years_only() throws IOException {
        Files.writeString(dir.resolve("function-codes.csv"),
                "\uFEFFcode,name,validFrom,validTo,scope\n21011,行政事业单位医疗（新）,2024,,\n");

        ClassificationCatalog extended = ClassificationCatalog.loadDefaultExtendedBy(dir);

        assertThat(extended.functionCodes(2024).name("21011")).contains("行政事业单位医疗（新）");
        assertThat(extended.functionCodes(2023).name("21011")).contains("行政事业单位医疗");
    }

    @Test
    void an_extension_replaces_the_mapping_of_a_dept_code_for_a_unit_kind() throws IOException {
        Files.writeString(dir.resolve("economic-mapping.csv"),
                "deptEconCode,unitKind,govEconCode,validFrom,validTo,note\n30107,行政,50101,2023,,only 50101\n");

        ClassificationCatalog extended = ClassificationCatalog.loadDefaultExtendedBy(dir);

        assertThat(extended.economicMapping(2023).allowed("30107", org.budgetflow.budget.UnitKind.ADMINISTRATIVE))
                .containsExactly("50101");
        assertThat(extended.economicMapping(2022).allowed("30107", org.budgetflow.budget.UnitKind.ADMINISTRATIVE))
                .containsExactly("50101", "50501");
    }

    @Test
    void rejects_two_rows_for_one_code_in_overlapping_years() throws IOException {
        copyBundled();
        append("dept-economic-codes.csv", "30101,基本工资（重复）,2020,");

        assertThatThrownBy(() -> ClassificationCatalog.load(dir))
                .isInstanceOf(ClassificationDataException.class)
                .hasMessageContaining("30101")
                .hasMessageContaining("重叠");
    }

    @Test
    void rejects_a_code_whose_section_is_missing() throws IOException {
        copyBundled();
        append("function-codes.csv", "2019501,不存在的款下的项,2018,,");

        ClassificationCatalog bureau = ClassificationCatalog.load(dir);

        assertThatThrownBy(() -> bureau.forYear(2023))
                .isInstanceOf(ClassificationDataException.class)
                .hasMessageContaining("20195")
                .hasMessageContaining("2019501");
    }

    @Test
    void rejects_a_mapping_row_with_a_code_missing_from_the_lists() throws IOException {
        copyBundled();
        append("economic-mapping.csv", "30198,ADMINISTRATIVE,50199,2018,,typo");

        assertThatThrownBy(() -> ClassificationCatalog.load(dir).forYear(2023))
                .isInstanceOf(ClassificationDataException.class)
                .hasMessageContaining("30198");
    }

    @Test
    void reads_quoted_fields_and_skips_comment_lines() throws IOException {
        copyBundled();
        append("function-codes.csv", "# a comment line\n\"2120199\",\"其他城乡社区管理事务支出\",2018,,");
        Files.writeString(dir.resolve("function-codes.csv"),
                Files.readString(dir.resolve("function-codes.csv")).replace("2120199,其他城乡社区管理事务支出,2018,,\n", ""));

        assertThat(ClassificationCatalog.load(dir).functionCodes(2023).name("2120199"))
                .contains("其他城乡社区管理事务支出");
    }

    private void copyBundled() throws IOException {
        for (String file : FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("classification/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
    }

    private void append(String file, String row) throws IOException {
        Files.writeString(dir.resolve(file), row + "\n", StandardOpenOption.APPEND);
    }
}
