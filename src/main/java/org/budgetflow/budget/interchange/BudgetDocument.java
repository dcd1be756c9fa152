package org.budgetflow.budget.interchange;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The budget-v1 document exactly as it travels (amounts as strings, enums as names), bound by Jackson and mapped to
 * the domain model by {@link BudgetDocumentMapper}. Field order follows the contract.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "year", "amountUnit", "department", "units", "income", "lines", "carryForward", "projects",
        "departmentPerformance", "priorYear", "changeReasons", "procurement", "assets", "specialTransferPayments"})
public record BudgetDocument(
        String format,
        Integer year,
        String amountUnit,
        DepartmentJson department,
        List<UnitJson> units,
        List<MoneyJson> income,
        List<LineJson> lines,
        List<MoneyJson> carryForward,
        List<ProjectJson> projects,
        PerformanceJson departmentPerformance,
        PriorYearJson priorYear,
        ReasonsJson changeReasons,
        ProcurementJson procurement,
        AssetsJson assets,
        List<TransferJson> specialTransferPayments) {

    public static final String FORMAT = "budgetflow/budget-v1";
    public static final String AMOUNT_UNIT = "万元";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DepartmentJson(String code, String name, String printedName, List<String> responsibilities,
                                 String composition) {
    }

    public record UnitJson(String code, String name, String kind) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"unitCode", "fundSource", "carryOver", "appropriation", "amount"})
    public record MoneyJson(String unitCode, String fundSource, Boolean carryOver, Boolean appropriation,
                            String amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"unitCode", "functionCode", "functionName", "deptEconCode", "deptEconName", "govEconCode",
            "govEconName", "fundSource", "carryOver", "appropriation", "category", "amount", "projectId"})
    public record LineJson(String unitCode, String functionCode, String functionName, String deptEconCode,
                           String deptEconName, String govEconCode, String govEconName, String fundSource,
                           Boolean carryOver, Boolean appropriation, String category, String projectId,
                           String amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectJson(String id, String code, String name, String unitCode, String type, Boolean keyProject,
                              List<IndicatorJson> indicators) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorJson(String category, String level2, String name, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PerformanceJson(String annualGoal, List<TaskJson> tasks, List<OverallIndicatorJson> indicators) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskJson(String name, String content) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OverallIndicatorJson(String level1, String level2, String level3, String value,
                                       String explanation) {
    }

    /** Prior-year figures keep explicit nulls: null means "no comparison is stated". */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PriorYearJson(Integer year, String total, String generalPublicBudget, String governmentFund,
                                String stateCapital, ThreePublicJson threePublic) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ThreePublicJson(String abroad, String reception, String vehiclePurchase, String vehicleOperation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReasonsJson(String total, String generalPublicBudget, String governmentFund, String stateCapital,
                              String threePublic) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProcurementJson(String goods, String works, String services) {
    }

    /** Counts are not nullable in the contract: an unstated count is omitted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssetsJson(String asOf, VehiclesJson vehicles, Integer generalEquipmentOver500k,
                             Integer specialEquipmentOver1m) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VehiclesJson(Integer generalOfficial, Integer lawEnforcement, Integer specialTechnical,
                               Integer other, String otherNote) {
    }

    public record TransferJson(String name, String amount) {
    }
}
