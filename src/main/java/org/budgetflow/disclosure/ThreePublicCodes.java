package org.budgetflow.disclosure;

import java.util.Set;

/**
 * The 部门预算支出经济分类 codes that make up the 三公经费 (domain guide §2.2): 因公出国（境）费, 公务接待费,
 * 公务用车购置费 (incl. the 基建 code) and 公务用车运行维护费. Scope: 一般公共预算 财政拨款 lines, basic and project.
 */
public record ThreePublicCodes(Set<String> abroad, Set<String> reception, Set<String> vehiclePurchase,
                               Set<String> vehicleOperation) {
    public ThreePublicCodes {
        abroad = Set.copyOf(abroad);
        reception = Set.copyOf(reception);
        vehiclePurchase = Set.copyOf(vehiclePurchase);
        vehicleOperation = Set.copyOf(vehicleOperation);
    }

    /** The codes of guide §2.2: 30212; 30217; 31013 and 30913; 30231. */
    public static ThreePublicCodes standard() {
        return new ThreePublicCodes(Set.of("30212"), Set.of("30217"), Set.of("31013", "30913"), Set.of("30231"));
    }
}
