package org.budgetflow.workflow.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetFormatException;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.workbook.WorkbookFormatException;
import org.budgetflow.workbook.WorkbookReader;
import org.budgetflow.workbook.WorkbookSources;
import org.budgetflow.workbook.WorkbookWriter;
import org.budgetflow.workflow.store.BudgetVersion;
import org.springframework.stereotype.Service;

/**
 * Drafting in Excel: a department downloads its workbook (its latest version, or the empty template) and uploads it
 * filled in. An uploaded workbook is read like a budget-v1 document and stored as one (a new version, with its
 * findings); every finding is placed in the workbook (sheet, row, column). A workbook that cannot be read is
 * refused with every cell at fault and nothing is stored.
 */
@Service
public class WorkbookDrafts {
    private final BudgetService budgets;
    private final DepartmentNames names;
    private final WorkbookReader reader;
    private final WorkbookWriter writer;
    private final BudgetJsonWriter json = new BudgetJsonWriter();
    private final BudgetJsonReader jsonReader = new BudgetJsonReader();

    public WorkbookDrafts(BudgetService budgets, DepartmentNames names) {
        this.budgets = budgets;
        this.names = names;
        ClassificationCatalog catalog = ClassificationCatalog.loadDefault();
        this.reader = new WorkbookReader(catalog);
        this.writer = new WorkbookWriter(catalog);
    }

    /** An uploaded workbook stored as a version: its findings, and where each came from in the workbook. */
    public record WorkbookUpload(BudgetService.Upload upload, WorkbookSources sources) {
    }

    public WorkbookUpload upload(int year, String departmentCode, byte[] workbook, CurrentUser user) {
        if (!user.isDepartmentMember(departmentCode)) {
            throw WorkflowException.forbidden("只有部门 " + departmentCode + " 的用户可以提交本部门的预算");
        }
        WorkbookReader.Imported imported;
        try {
            imported = reader.importWorkbook(new ByteArrayInputStream(workbook == null ? new byte[0] : workbook));
        } catch (WorkbookFormatException e) {
            String shown = e.totalErrors() > e.cellErrors().size()
                    ? "（共 " + e.totalErrors() + " 处，列出前 " + e.cellErrors().size() + " 处）" : "";
            throw WorkflowException.invalid("工作簿有 " + e.totalErrors() + " 处错误，未保存" + shown,
                    e.errors());
        } catch (BudgetFormatException e) {
            throw WorkflowException.invalid("工作簿无法导入，未保存", e.errors());
        }
        String document = json.toJson(imported.budget());
        return new WorkbookUpload(budgets.store(year, departmentCode, document, imported.budget(), user),
                imported.sources());
    }

    /** The department's latest version as a workbook, or the empty template when it has none yet. */
    public byte[] download(int year, String departmentCode, CurrentUser user) {
        List<BudgetVersion> versions = budgets.versions(year, departmentCode, user);
        if (versions.isEmpty()) {
            return writer.template(year, departmentCode, names.name(year, departmentCode));
        }
        BudgetVersion latest = budgets.version(year, departmentCode, null, user);
        return writer.write(read(latest.document()));
    }

    private Budget read(String document) {
        return jsonReader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }
}
