package org.budgetflow.workbook;

import java.util.List;

import org.budgetflow.classification.CodeListKind;

/**
 * The template's sheets and columns: the spreadsheet form of budget-v1. Writer and reader both work from these
 * definitions, so the two cannot drift apart.
 */
final class Layout {
    static final String GUIDE = "说明";
    static final String LISTS = "下拉列表";
    /** Defined names of the drop-down lists that point into data sheets. */
    static final String UNIT_LIST = "bf_units";
    static final String PROJECT_LIST = "bf_projects";

    // ---- 部门 (form)
    static final Column YEAR = Column.integer("预算年度", "year", true, "预算年度（四位年份）", "2024");
    static final Column DEPARTMENT_CODE = Column.digits("部门代码", "department.code", 3, "部门代码（3 位）", "310");
    static final Column DEPARTMENT_NAME = Column.requiredText("部门名称", "department.name", "部门登记全称",
            "洛阳市西工区社区治理和服务创新办公室", 60);
    static final Column PRINTED_NAME = Column.text("公开名称", "department.printedName",
            "封面和表12上印的名称（与登记名称不同时填写，如“…（汇总）”）", null, 60);
    static final Column COMPOSITION = Column.text("单位构成", "department.composition", "预算单位构成（文字说明）",
            "本部门预算由本级预算 1 个单位构成。", 60);
    static final Column RESPONSIBILITY = Column.text("主要职责", "department.responsibilities[]",
            "主要职责，每条职责占一行（可增加“主要职责”行）", "1. 贯彻执行……", 60);
    static final SheetSpec DEPARTMENT = SheetSpec.form("部门", "department", "预算年度、部门代码和名称、单位构成、主要职责",
            RESPONSIBILITY, YEAR, DEPARTMENT_CODE, DEPARTMENT_NAME, PRINTED_NAME, COMPOSITION, RESPONSIBILITY);

    // ---- 单位
    static final Column UNIT_CODE = Column.digits("单位代码", "units[].code", 6, "预算单位代码：部门代码 + 3 位",
            "310001");
    static final Column UNIT_NAME = Column.requiredText("单位名称", "units[].name", "预算单位名称",
            "洛阳市西工区社区治理和服务创新办公室", 40);
    static final Column UNIT_KIND = Column.choice("单位类型", "units[].kind", Choices.UNIT_KIND,
            "单位类型（参公单位填行政单位）；决定可用的政府经济分类", 14);
    static final SheetSpec UNITS = SheetSpec.table("单位", "units", "本部门预算包含的预算单位，每行一个",
            UNIT_CODE, UNIT_NAME, UNIT_KIND);

    // ---- 收入 and 年终结转 (same columns)
    static final Column MONEY_UNIT = Column.digits("单位代码", "unitCode", 6, "收入所属的预算单位代码",
            "310001").withList(UNIT_LIST);
    static final Column MONEY_SOURCE = Column.choice("资金来源", "fundSource", Choices.FUND_SOURCE,
            "资金来源（“单位资金”只用于上年结转结余）", 18);
    static final Column MONEY_CARRY_OVER = Column.flag("上年结转结余", "carryOver", false,
            "“是”= 上年结转结余转入本年的资金；“否”= 本年收入");
    static final Column MONEY_APPROPRIATION = Column.flag("财政拨款", "appropriation", true,
            "一般公共预算资金中不属于财政拨款的填“否”");
    static final Column MONEY_AMOUNT = Column.amount("金额（万元）", "amount", true, "金额", "160.92");
    static final SheetSpec INCOME = SheetSpec.table("收入", "income", "按单位、资金来源分列的收入（含上年结转结余）",
            MONEY_UNIT, MONEY_SOURCE, MONEY_CARRY_OVER, MONEY_APPROPRIATION, MONEY_AMOUNT);
    static final SheetSpec CARRY_FORWARD = SheetSpec.table("年终结转", "carryForward",
            "计划年终结转结余（没有可不填）", MONEY_UNIT, MONEY_SOURCE, MONEY_CARRY_OVER, MONEY_APPROPRIATION,
            MONEY_AMOUNT);

    // ---- 支出明细
    static final Column LINE_UNIT = Column.digits("单位代码", "lines[].unitCode", 6, "支出的预算单位代码", "310001")
            .withList(UNIT_LIST);
    static final Column FUNCTION_CODE = Column.classification("功能分类科目", "lines[].functionCode",
            CodeListKind.FUNCTION, 7, "支出功能分类科目（类款项，7 位）", "2080505 机关事业单位基本养老保险缴费支出");
    static final Column FUNCTION_NAME = Column.text("功能分类名称", "lines[].functionName",
            "功能分类科目名称（选填：不填以代码表为准；填写时须与代码表一致）", "机关事业单位基本养老保险缴费支出", 28);
    static final Column DEPT_ECON_CODE = Column.classification("部门经济分类科目", "lines[].deptEconCode",
            CodeListKind.DEPT_ECONOMIC, 5, "部门预算支出经济分类科目（款，5 位）", "30108 机关事业单位基本养老保险缴费");
    static final Column DEPT_ECON_NAME = Column.text("部门经济分类名称", "lines[].deptEconName",
            "部门经济分类科目名称（选填）", "机关事业单位基本养老保险缴费", 28);
    static final Column GOV_ECON_CODE = Column.classification("政府经济分类科目", "lines[].govEconCode",
            CodeListKind.GOV_ECONOMIC, 5, "政府预算支出经济分类科目（款，5 位）", "50102 社会保障缴费");
    static final Column GOV_ECON_NAME = Column.text("政府经济分类名称", "lines[].govEconName",
            "政府经济分类科目名称（选填）", "社会保障缴费", 20);
    static final Column LINE_SOURCE = Column.choice("资金来源", "lines[].fundSource", Choices.FUND_SOURCE,
            "支出的资金来源", 18);
    static final Column LINE_CARRY_OVER = Column.flag("上年结转结余", "lines[].carryOver", false,
            "“是”= 使用上年结转结余资金的支出");
    static final Column LINE_APPROPRIATION = Column.flag("财政拨款", "lines[].appropriation", true,
            "一般公共预算资金中不属于财政拨款的填“否”");
    static final Column LINE_CATEGORY = Column.choice("支出类别", "lines[].category", Choices.CATEGORY,
            "人员经费、公用经费为基本支出；其他运转类、特定目标类为项目支出", 14);
    static final Column LINE_PROJECT = Column.text("项目标识", "lines[].projectId",
            "项目支出必填：“项目”工作表中的项目标识；基本支出不填", "410303230000000009157", 26).withList(PROJECT_LIST);
    static final Column LINE_AMOUNT = Column.amount("金额（万元）", "lines[].amount", true, "支出金额（大于 0）", "8.33");
    static final SheetSpec LINES = SheetSpec.table("支出明细", "lines",
            "每行一笔支出：单位、功能分类、经济分类、资金来源、支出类别、项目、金额；公开表格全部由此生成",
            LINE_UNIT, FUNCTION_CODE, FUNCTION_NAME, DEPT_ECON_CODE, DEPT_ECON_NAME, GOV_ECON_CODE, GOV_ECON_NAME,
            LINE_SOURCE, LINE_CARRY_OVER, LINE_APPROPRIATION, LINE_CATEGORY, LINE_PROJECT, LINE_AMOUNT);

    // ---- 项目
    static final Column PROJECT_ID = Column.text("项目标识", "projects[].id",
            "项目的唯一标识：有项目编码时填编码，否则填项目名称（不填时自动取编码或名称）", "410303230000000009157", 26);
    static final Column PROJECT_CODE = Column.text("项目编码", "projects[].code",
            "项目编码（21 位：6 位区划 + 2 位年度 + 13 位顺序号），请以文本格式填写", "410303230000000009157", 26);
    static final Column PROJECT_NAME = Column.requiredText("项目名称", "projects[].name", "项目名称", "区政府购买服务",
            30);
    static final Column PROJECT_UNIT = Column.digits("单位代码", "projects[].unitCode", 6, "项目所属的预算单位代码",
            "310001").withList(UNIT_LIST);
    static final Column PROJECT_TYPE = Column.choice("项目类型", "projects[].type", Choices.PROJECT_TYPE,
            "项目类型，须与其支出明细的支出类别一致", 14);
    static final Column PROJECT_KEY = Column.flag("重点项目", "projects[].keyProject", false, "是否部门重点绩效目标项目");
    static final SheetSpec PROJECTS = SheetSpec.table("项目", "projects", "项目支出的项目清单（绩效指标另见“项目绩效指标”）",
            PROJECT_ID, PROJECT_CODE, PROJECT_NAME, PROJECT_UNIT, PROJECT_TYPE, PROJECT_KEY);

    // ---- 项目绩效指标
    static final Column INDICATOR_PROJECT = Column.requiredText("项目标识", "projects[].id",
            "指标所属项目：“项目”工作表中的项目标识", "410303230000000009157", 26).withList(PROJECT_LIST);
    static final Column INDICATOR_CATEGORY = Column.choice("一级指标", "projects[].indicators[].category",
            Choices.INDICATOR_CATEGORY, "一级指标", 10);
    static final Column INDICATOR_LEVEL2 = Column.text("二级指标", "projects[].indicators[].level2",
            "二级指标（如数量指标、质量指标、时效指标、经济成本指标）", "数量指标", 20);
    static final Column INDICATOR_NAME = Column.text("三级指标", "projects[].indicators[].name", "三级指标名称",
            "劳派人员政府购买人数", 36);
    static final Column INDICATOR_VALUE = Column.text("指标值", "projects[].indicators[].value",
            "指标值，照实填写（含比较符号和单位）", "≥95%", 18);
    static final SheetSpec INDICATORS = SheetSpec.table("项目绩效指标", "projects[].indicators",
            "每行一个项目绩效指标，按项目标识归属到项目，顺序即公开顺序",
            INDICATOR_PROJECT, INDICATOR_CATEGORY, INDICATOR_LEVEL2, INDICATOR_NAME, INDICATOR_VALUE);

    // ---- 整体绩效 (form), 年度主要任务, 整体绩效指标
    static final Column ANNUAL_GOAL = Column.text("年度履职目标", "departmentPerformance.annualGoal",
            "部门整体绩效目标表中的年度履职目标", "完善社区居民自治制度……", 80);
    static final SheetSpec PERFORMANCE = SheetSpec.form("整体绩效", "departmentPerformance",
            "部门整体绩效目标表（表12）的年度履职目标", null, ANNUAL_GOAL);
    static final Column TASK_NAME = Column.text("任务名称", "departmentPerformance.tasks[].name", "年度主要任务名称",
            "确保办公正常运转", 30);
    static final Column TASK_CONTENT = Column.text("主要内容", "departmentPerformance.tasks[].content",
            "年度主要任务的主要内容", "做好办公需要各项费用支出", 60);
    static final SheetSpec TASKS = SheetSpec.table("年度主要任务", "departmentPerformance.tasks",
            "表12 的年度主要任务，每行一项", TASK_NAME, TASK_CONTENT);
    static final Column OVERALL_LEVEL1 = Column.text("一级指标", "departmentPerformance.indicators[].level1",
            "一级指标，照表12填写（投入管理指标、产出指标、效益指标、满意度指标）", "产出指标", 16);
    static final Column OVERALL_LEVEL2 = Column.text("二级指标", "departmentPerformance.indicators[].level2",
            "二级指标", "数量指标", 16);
    static final Column OVERALL_LEVEL3 = Column.text("三级指标", "departmentPerformance.indicators[].level3",
            "三级指标", "社区工作人员培训人次", 30);
    static final Column OVERALL_VALUE = Column.text("指标值", "departmentPerformance.indicators[].value", "指标值",
            "≥200人次", 16);
    static final Column OVERALL_EXPLANATION = Column.text("指标值说明",
            "departmentPerformance.indicators[].explanation", "指标值说明", null, 40);
    static final SheetSpec OVERALL_INDICATORS = SheetSpec.table("整体绩效指标", "departmentPerformance.indicators",
            "表12 的绩效指标，每行一个，照公开表填写",
            OVERALL_LEVEL1, OVERALL_LEVEL2, OVERALL_LEVEL3, OVERALL_VALUE, OVERALL_EXPLANATION);

    // ---- 上年数 (form)
    static final Column PRIOR_YEAR = Column.integer("上年年度", "priorYear.year", false, "上年年度", "2022");
    static final Column PRIOR_TOTAL = Column.amount("上年收支总计", "priorYear.total", false,
            "上年部门预算收支总计；不填表示不作比较", "16122.60");
    static final Column PRIOR_GENERAL = Column.amount("上年一般公共预算", "priorYear.generalPublicBudget", false,
            "上年一般公共预算财政拨款；0.00 表示两年都没有", "207.60");
    static final Column PRIOR_FUND = Column.amount("上年政府性基金预算", "priorYear.governmentFund", false,
            "上年政府性基金预算财政拨款", "16000.00");
    static final Column PRIOR_CAPITAL = Column.amount("上年国有资本经营预算", "priorYear.stateCapital", false,
            "上年国有资本经营预算财政拨款", "0.00");
    static final Column PRIOR_ABROAD = Column.amount("上年因公出国（境）费", "priorYear.threePublic.abroad", false,
            "上年三公经费：因公出国（境）费", "0.00");
    static final Column PRIOR_RECEPTION = Column.amount("上年公务接待费", "priorYear.threePublic.reception", false,
            "上年三公经费：公务接待费", "0.00");
    static final Column PRIOR_PURCHASE = Column.amount("上年公务用车购置费", "priorYear.threePublic.vehiclePurchase",
            false, "上年三公经费：公务用车购置费", "0.00");
    static final Column PRIOR_OPERATION = Column.amount("上年公务用车运行维护费",
            "priorYear.threePublic.vehicleOperation", false, "上年三公经费：公务用车运行维护费", "0.00");
    static final SheetSpec PRIOR = SheetSpec.form("上年数", "priorYear", "上年预算数（含三公经费），用于同比说明",
            null, PRIOR_YEAR, PRIOR_TOTAL, PRIOR_GENERAL, PRIOR_FUND, PRIOR_CAPITAL, PRIOR_ABROAD, PRIOR_RECEPTION,
            PRIOR_PURCHASE, PRIOR_OPERATION);

    // ---- 变动原因 (form)
    static final Column REASON_TOTAL = Column.text("收支总计变动原因", "changeReasons.total", "收支总计增减变化的原因",
            "老旧小区改造提质项目减少。", 80);
    static final Column REASON_GENERAL = Column.text("一般公共预算变动原因", "changeReasons.generalPublicBudget",
            "一般公共预算增减变化的原因", null, 80);
    static final Column REASON_FUND = Column.text("政府性基金预算变动原因", "changeReasons.governmentFund",
            "政府性基金预算增减变化的原因", null, 80);
    static final Column REASON_CAPITAL = Column.text("国有资本经营预算变动原因", "changeReasons.stateCapital",
            "国有资本经营预算增减变化的原因", null, 80);
    static final Column REASON_THREE_PUBLIC = Column.text("三公经费变动原因", "changeReasons.threePublic",
            "三公经费变化的原因（任一项增加时必须说明）", null, 80);
    static final SheetSpec REASONS = SheetSpec.form("变动原因", "changeReasons", "与上年相比增减变化的原因（部门自述）",
            null, REASON_TOTAL, REASON_GENERAL, REASON_FUND, REASON_CAPITAL, REASON_THREE_PUBLIC);

    // ---- 其他公开事项 (form) and 专项转移支付
    static final Column GOODS = Column.amount("政府采购预算：货物", "procurement.goods", false, "政府采购预算中的货物",
            "0.00");
    static final Column WORKS = Column.amount("政府采购预算：工程", "procurement.works", false, "政府采购预算中的工程",
            "0.00");
    static final Column SERVICES = Column.amount("政府采购预算：服务", "procurement.services", false,
            "政府采购预算中的服务", "0.00");
    static final Column AS_OF = Column.text("资产统计时点", "assets.asOf", "国有资产占用情况的统计时点（文字）",
            "2022年期末", 20);
    static final Column GENERAL_OFFICIAL = Column.integer("一般公务用车（辆）", "assets.vehicles.generalOfficial",
            false, "一般公务用车数量", "0");
    static final Column LAW_ENFORCEMENT = Column.integer("执法执勤用车（辆）", "assets.vehicles.lawEnforcement",
            false, "执法执勤用车数量", "0");
    static final Column SPECIAL_TECHNICAL = Column.integer("特种专业技术用车（辆）",
            "assets.vehicles.specialTechnical", false, "特种专业技术用车数量", "0");
    static final Column OTHER_VEHICLES = Column.integer("其他用车（辆）", "assets.vehicles.other", false,
            "其他用车数量", "0");
    static final Column OTHER_VEHICLES_NOTE = Column.text("其他用车说明", "assets.vehicles.otherNote",
            "其他用车主要是什么车", null, 40);
    static final Column GENERAL_EQUIPMENT = Column.integer("单位价值50万元以上通用设备（台/套）",
            "assets.generalEquipmentOver500k", false, "单位价值 50 万元以上通用设备数量", "0");
    static final Column SPECIAL_EQUIPMENT = Column.integer("单位价值100万元以上专用设备（台/套）",
            "assets.specialEquipmentOver1m", false, "单位价值 100 万元以上专用设备数量", "0");
    static final SheetSpec OTHER = SheetSpec.form("其他公开事项", "procurement, assets",
            "政府采购预算、国有资产占用情况", null, GOODS, WORKS, SERVICES, AS_OF, GENERAL_OFFICIAL, LAW_ENFORCEMENT,
            SPECIAL_TECHNICAL, OTHER_VEHICLES, OTHER_VEHICLES_NOTE, GENERAL_EQUIPMENT, SPECIAL_EQUIPMENT);
    static final Column TRANSFER_NAME = Column.text("专项转移支付名称", "specialTransferPayments[].name",
            "本部门管理的专项转移支付名称", "城乡社区治理专项资金", 40);
    static final Column TRANSFER_AMOUNT = Column.amount("金额（万元）", "specialTransferPayments[].amount", true,
            "专项转移支付金额", "50.00");
    static final SheetSpec TRANSFERS = SheetSpec.table("专项转移支付", "specialTransferPayments",
            "本部门管理的专项转移支付（没有可不填）", TRANSFER_NAME, TRANSFER_AMOUNT);

    /** The data sheets in workbook order (after 说明). */
    static final List<SheetSpec> SHEETS = List.of(DEPARTMENT, UNITS, INCOME, CARRY_FORWARD, LINES, PROJECTS,
            INDICATORS, PERFORMANCE, TASKS, OVERALL_INDICATORS, PRIOR, REASONS, OTHER, TRANSFERS);

    private Layout() {
    }
}
