package org.budgetflow.validation.audit;

import java.util.List;

/** Column ids of the disclosure-v1 tables (printed headers joined by "_"). */
final class Columns {
    private Columns() {
    }

    // tables 03, 05, 09, 10
    static final String TOTAL = "合计";
    static final String BASIC = "基本支出_小计";
    static final String WAGES = "基本支出_工资福利支出";
    static final String HOUSEHOLDS = "基本支出_对个人和家庭的补助";
    static final String GOODS_SERVICES = "基本支出_商品和服务支出";
    static final String CAPITAL = "基本支出_资本性支出";
    static final String PROJECT = "项目支出_小计";
    static final String OTHER_OPERATING = "项目支出_其他运转类";
    static final String SPECIFIC_PURPOSE = "项目支出_特定目标类";
    static final List<String> EXPENDITURE = List.of(TOTAL, BASIC, WAGES, HOUSEHOLDS, GOODS_SERVICES, CAPITAL,
            PROJECT, OTHER_OPERATING, SPECIFIC_PURPOSE);

    // table 02
    static final String T02_GRAND_TOTAL = "总计";
    static final String T02_CURRENT = "本年收入_合计";
    static final String T02_GPB = "本年收入_一般公共预算_小计";
    static final String T02_GPB_FISCAL = "本年收入_一般公共预算_其中财政拨款";
    static final String T02_CARRY = "上年结转结余_合计";
    static final String T02_CARRY_GPB = "上年结转结余_一般公共预算";
    static final String T02_CARRY_FUND = "上年结转结余_政府性基金";
    static final String T02_CARRY_STATE = "上年结转结余_国有资本经营预算";
    static final String T02_CARRY_SPECIAL = "上年结转结余_财政专户管理资金";
    static final String T02_CARRY_UNIT = "上年结转结余_单位资金";
    static final List<String> T02_CARRY_PARTS = List.of(T02_CARRY_GPB, T02_CARRY_FUND, T02_CARRY_STATE,
            T02_CARRY_SPECIAL, T02_CARRY_UNIT);

    // table 04
    static final String T04_TOTAL = "合计";
    static final String T04_GPB = "一般公共预算_小计";
    static final String T04_GPB_FISCAL = "一般公共预算_其中财政拨款";
    static final String T04_FUND = "政府性基金";
    static final String T04_STATE = "国有资本经营预算";
    static final List<String> T04 = List.of(T04_TOTAL, T04_GPB, T04_GPB_FISCAL, T04_FUND, T04_STATE);

    // table 06
    static final String T06_TOTAL = "合计";
    static final String T06_PERSONNEL = "人员经费";
    static final String T06_PUBLIC = "公用经费";

    // table 07
    static final String T07_TOTAL = "总计";
    static final String T07_GPB = "一般公共预算_小计";
    static final String T07_GPB_FISCAL = "一般公共预算_其中财政拨款";
    static final String T07_CARRY = "上年结转结余";
    static final List<String> T07_SOURCES = List.of(T07_GPB, "政府性基金", "国有资本经营预算", T07_CARRY,
            "财政专户管理资金收入", "事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入");

    // table 08
    static final String T08_TOTAL = "三公经费合计";
    static final String T08_ABROAD = "因公出国（境）费";
    static final String T08_VEHICLES = "公务用车购置及运行费_小计";
    static final String T08_VEHICLE_PURCHASE = "公务用车购置费";
    static final String T08_VEHICLE_OPERATION = "公务用车运行费";
    static final String T08_RECEPTION = "公务接待费";

    // table 11
    static final String T11_TOTAL = "合计";
    static final String T11_CURRENT_GPB = "本年拨款_一般公共预算";
    static final String T11_CURRENT_FUND = "本年拨款_政府性基金预算";
    static final String T11_CURRENT_STATE = "本年拨款_国有资本经营预算";
    static final String T11_CARRY_GPB = "财政拨款结转结余_一般公共预算";
    static final String T11_CARRY_FUND = "财政拨款结转结余_政府性基金预算";
    static final String T11_CARRY_STATE = "财政拨款结转结余_国有资本经营预算";
    static final List<String> T11_PARTS = List.of(T11_CURRENT_GPB, T11_CURRENT_FUND, T11_CURRENT_STATE,
            T11_CARRY_GPB, T11_CARRY_FUND, T11_CARRY_STATE, "财政专户管理资金", "单位资金");

    // tables 12 (预算情况) and 13
    static final String T12_TOTAL = "部门预算总额";
    static final String T12_GOVERNMENT = "政府预算资金";
    static final String T12_SPECIAL = "财政专户管理资金";
    static final String T12_UNIT = "单位资金";
    static final String T12_BASIC = "基本支出";
    static final String T12_PROJECT = "项目支出";
    static final String T13_TOTAL = "资金总额";
    static final String T13_GOVERNMENT = "政府预算资金";
    static final String T13_SPECIAL = "财政专户管理资金";
    static final String T13_UNIT = "单位资金";
}
