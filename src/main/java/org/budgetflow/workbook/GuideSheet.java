package org.budgetflow.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.Budget;

/** The 说明 sheet: how to fill the workbook in, and what each sheet holds. */
final class GuideSheet {
    /** Written in cell A2; identifies the template and its version. */
    static final String SIGNATURE = "BudgetFlow 部门预算编制工作簿（budget-v1 电子表格格式，模板版本 1）";

    private static final List<String> RULES = List.of(
            "填写须知",
            "1. 金额单位为万元，填数字，最多两位小数（如 160.92）；不要填写“万元”等文字。",
            "2. 不要使用公式：若从其他表格复制，请“选择性粘贴 → 数值”。含公式的单元格不能导入。",
            "3. 不要修改、删除或重命名工作表和表头；可以增加数据行。空行会被忽略。",
            "4. 有下拉箭头的列请从列表中选择。科目代码列显示“代码 名称”，也可以只填代码（按文本格式填写）。",
            "5. 表头为橙色的列必填；将鼠标停在表头上可以看到该列的含义、格式和示例（批注）。",
            "6. “是/否”列不填时取默认值：上年结转结余默认“否”，财政拨款默认“是”，重点项目默认“否”。",
            "7. 项目支出的支出明细须填写项目标识，并在“项目”工作表中列出该项目；项目绩效指标按项目标识归属。",
            "8. 导入时逐格检查格式，发现错误会指出工作表、行号和列号，全部改正后才能导入；导入成功后再按规则校验预算。",
            "9. 文件不超过 20 MB，须为 .xlsx 格式（Excel 2007 及以上；不要加密）。",
            "",
            "工作表");

    private GuideSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, Budget budget) {
        Sheet sheet = workbook.createSheet(Layout.GUIDE);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        int r = 0;
        Cell title = sheet.createRow(r++).createCell(0);
        title.setCellValue(budget.year() + " 年部门预算编制工作簿 — " + budget.department().code() + " "
                + budget.department().name());
        title.setCellStyle(styles.title);
        sheet.createRow(r++).createCell(0).setCellValue(SIGNATURE);
        r++;
        for (String rule : RULES) {
            Row row = sheet.createRow(r++);
            if (!rule.isEmpty()) {
                Cell cell = row.createCell(0);
                cell.setCellValue(rule);
                if (rule.equals("填写须知") || rule.equals("工作表")) {
                    cell.setCellStyle(styles.header);
                }
            }
        }
        for (SheetSpec spec : Layout.SHEETS) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(spec.name());
            Cell purpose = row.createCell(1);
            purpose.setCellValue(spec.purpose() + (spec.form() ? "（逐项填写“内容”列）" : "（每行一条）"));
            purpose.setCellStyle(styles.wrapped);
        }
    }
}
