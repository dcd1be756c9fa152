package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/** V09 表08: 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费; 公务用车购置及运行费 = 购置费 + 运行费. */
public final class V09ThreePublicComponents implements DisclosureRule {

    @Override
    public String id() {
        return "V09";
    }

    @Override
    public String title() {
        return "表08 “三公”经费合计与其构成相符";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Values v = d.table08().values();
        Check.equal(f, id(), Table08.at(Columns.T08_TOTAL), "表08 “三公”经费合计", v.get(Columns.T08_TOTAL),
                "因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 = "
                        + Check.plus(v.get(Columns.T08_ABROAD), v.get(Columns.T08_VEHICLES),
                        v.get(Columns.T08_RECEPTION)) + " =",
                Check.sum(v.get(Columns.T08_ABROAD), v.get(Columns.T08_VEHICLES), v.get(Columns.T08_RECEPTION)), 3);
        Check.equal(f, id(), Table08.at(Columns.T08_VEHICLES), "表08 公务用车购置及运行费", v.get(Columns.T08_VEHICLES),
                "购置费 " + Check.fmt(v.get(Columns.T08_VEHICLE_PURCHASE)) + " + 运行费 "
                        + Check.fmt(v.get(Columns.T08_VEHICLE_OPERATION)) + " =",
                v.get(Columns.T08_VEHICLE_PURCHASE).add(v.get(Columns.T08_VEHICLE_OPERATION)), 2);
    }
}
