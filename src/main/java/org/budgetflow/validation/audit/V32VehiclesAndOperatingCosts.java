package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.budgetflow.validation.Findings;

/**
 * V32 国有资产占用 车辆数 vs 表08 公务用车运行费: no vehicle but 运行费 > 0 ⇒ ERROR; vehicles but 运行费 = 0 ⇒ WARNING.
 */
public final class V32VehiclesAndOperatingCosts implements DisclosureRule {
    private static final List<String> KINDS = List.of("一般公务用车", "一般执法执勤用车", "特种专业技术用车", "其他用车");

    @Override
    public String id() {
        return "V32";
    }

    @Override
    public String title() {
        return "车辆数与公务用车运行费相符";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Optional<BigDecimal> vehicles = vehicles(d.narrative());
        if (vehicles.isEmpty()) {
            return;
        }
        BigDecimal operation = d.table08().values().get(Columns.T08_VEHICLE_OPERATION);
        String count = vehicles.get().stripTrailingZeros().toPlainString();
        String location = Narrative.location("国有资产", "车辆");
        if (vehicles.get().signum() == 0 && operation.signum() > 0) {
            f.error(id(), location, "国有资产占用 车辆 0 辆，但表08 公务用车运行费 " + Check.fmt(operation));
        } else if (vehicles.get().signum() > 0 && operation.signum() == 0) {
            f.warning(id(), location, "国有资产占用 车辆 " + count + " 辆，但表08 公务用车运行费为 0.00");
        }
    }

    private static Optional<BigDecimal> vehicles(Narrative n) {
        Optional<BigDecimal> total = n.amount("国有资产", "车辆");
        if (total.isPresent()) {
            return total;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (String kind : KINDS) {
            Optional<BigDecimal> v = n.amount("国有资产", kind);
            if (v.isPresent()) {
                sum = sum.add(v.get());
                any = true;
            }
        }
        return any ? Optional.of(sum) : Optional.empty();
    }
}
