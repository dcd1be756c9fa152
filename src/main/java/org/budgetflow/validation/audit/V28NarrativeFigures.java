package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetflow.validation.Findings;

/**
 * V28 narrative ↔ tables: every key figure of the 情况说明 equals its table source; every 占比 recomputes from the
 * narrative's own figures; every "比上年" statement is consistent (百分比 = 增减额 / 上年数 with 上年数 = 本年 − 增减额
 * for 增加, 本年 + 增减额 for 减少, at the printed precision ±1 unit of the last digit); the implied prior-year
 * components (一般公共预算 + 政府性基金 + 国有资本经营) do not exceed the implied prior-year total; percentages share one
 * precision; 重点项目 and 车辆 figures agree with their lists.
 */
public final class V28NarrativeFigures implements DisclosureRule {
    private static final List<String> VEHICLE_KINDS = List.of("一般公务用车", "一般执法执勤用车", "特种专业技术用车", "其他用车");

    @Override
    public String id() {
        return "V28";
    }

    @Override
    public String title() {
        return "情况说明的数字与表格一致，占比、比上年增减及其推算的上年数相符";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Narrative n = d.narrative();
        figures(d, n, f);
        shares(n, f);
        changes(n, f);
        priorComponents(n, f);
        precision(n, f);
        keyProjects(d, n, f);
        vehicles(n, f);
    }

    private void figures(DisclosureDocument d, Narrative n, Findings f) {
        for (NarrativeSources.Source source : NarrativeSources.of(d)) {
            String location = Narrative.location(source.section(), source.key());
            if (n.isUnreadableAmount(source.section(), source.key())) {
                f.warning(id(), location, "情况说明 " + source.section() + " " + source.key() + " “"
                        + n.text(source.section(), source.key()).orElse("") + "” 不是金额");
                continue;
            }
            Optional<BigDecimal> printed = n.amount(source.section(), source.key());
            Optional<BigDecimal> table = source.value().apply(d);
            if (printed.isPresent() && table.isPresent()) {
                Check.equal(f, id(), location, "情况说明 " + source.section() + " " + source.key(), printed.get(),
                        source.label(), table.get(), 1);
            }
        }
    }

    private void shares(Narrative n, Findings f) {
        for (String section : n.keys()) {
            Optional<String> wholeKey = wholeKey(n, section);
            if (wholeKey.isEmpty()) {
                continue;
            }
            for (String key : n.keys(section)) {
                if (!key.endsWith("占比")) {
                    continue;
                }
                String partKey = key.substring(0, key.length() - "占比".length());
                Optional<Percent> percent = n.percent(section, key);
                Optional<BigDecimal> part = n.amount(section, partKey);
                Optional<BigDecimal> whole = n.amount(section, wholeKey.get());
                String location = Narrative.location(section, key);
                if (percent.isEmpty()) {
                    if (n.text(section, key).isPresent()) {
                        f.warning(id(), location, "情况说明 " + section + " " + key + " “"
                                + n.text(section, key).get() + "” 不是百分比");
                    }
                    continue;
                }
                if (part.isEmpty() || whole.isEmpty()) {
                    continue;
                }
                Percent p = percent.get();
                if (!p.matches(part.get(), whole.get())) {
                    f.error(id(), location, "情况说明 " + section + " " + key + " " + p.text() + " ≠ " + partKey + " "
                            + Check.fmt(part.get()) + " / " + wholeKey.get() + " " + Check.fmt(whole.get()) + " = "
                            + p.expected(part.get(), whole.get()).toPlainString() + "%");
                }
            }
        }
    }

    private void changes(Narrative n, Findings f) {
        for (ChangeStatement c : changeStatements(n)) {
            Change change = c.change();
            String name = "情况说明 " + c.name();
            if (change.direction() == Change.Direction.SAME) {
                if (change.amount() != null && change.amount().signum() != 0) {
                    f.error(id(), c.location(), name + " 为“保持一致”，但增减额为 " + Check.fmt(change.amount()));
                } else if (change.percent() != null && change.percent().value().signum() != 0) {
                    f.error(id(), c.location(), name + " 为“保持一致”，但百分比为 " + change.percent().text());
                }
                continue;
            }
            if (change.amount() == null || change.direction() == Change.Direction.UNKNOWN) {
                continue;
            }
            BigDecimal prior = change.impliedPrior(c.current()).orElseThrow();
            String priorText = Check.fmt(c.current()) + (change.direction() == Change.Direction.INCREASE ? " − " : " + ")
                    + Check.fmt(change.amount());
            if (prior.signum() <= 0) {
                f.error(id(), c.location(), name + " " + change.direction().label() + " " + Check.fmt(change.amount())
                        + "，推算上年数 " + Check.fmt(prior) + "（" + priorText + "）不为正数");
                continue;
            }
            if (change.percent() != null && !change.percent().matches(change.amount(), prior)) {
                f.error(id(), c.location(), name + " 百分比 " + change.percent().text() + " ≠ 增减额 "
                        + Check.fmt(change.amount()) + " / 上年数 " + Check.fmt(prior) + "（" + priorText + "）= "
                        + change.percent().expected(change.amount(), prior).toPlainString() + "%");
            }
        }
    }

    private void priorComponents(Narrative n, Findings f) {
        Optional<Prior> total = prior(n, "收支总计", "比上年", "收入总计");
        if (total.isEmpty()) {
            return;
        }
        Map<String, Optional<Prior>> components = new LinkedHashMap<>();
        components.put("一般公共预算", prior(n, "财政拨款收支", "一般公共预算比上年", "一般公共预算收支预算"));
        components.put("政府性基金", prior(n, "财政拨款收支", "政府性基金比上年", "政府性基金收支预算"));
        components.put("国有资本经营", priorNested(n));
        List<String> parts = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int terms = 2;
        for (Map.Entry<String, Optional<Prior>> e : components.entrySet()) {
            if (e.getValue().isPresent()) {
                Prior p = e.getValue().get();
                parts.add(e.getKey() + " " + p.text());
                sum = sum.add(p.value());
                terms += 2;
            }
        }
        BigDecimal totalValue = total.get().value();
        if (parts.size() >= 2 && Check.exceeds(sum, totalValue, terms)) {
            f.error(id(), Narrative.location("财政拨款收支"), "由比上年增减推算的上年数：" + String.join(" + ", parts)
                    + " = " + Check.fmt(sum) + "，超过收支总计上年数 " + total.get().text() + "，相差 "
                    + Check.fmt(sum.subtract(totalValue)));
        }
    }

    private void precision(Narrative n, Findings f) {
        List<Narrative.Text> percents = n.texts().stream().filter(t -> Percent.parse(t.text()).isPresent()).toList();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Narrative.Text t : percents) {
            counts.merge(Percent.parse(t.text()).orElseThrow().decimals(), 1, Integer::sum);
        }
        if (counts.size() < 2) {
            return;
        }
        int usual = counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .orElseThrow().getKey();
        for (Narrative.Text t : percents) {
            int decimals = Percent.parse(t.text()).orElseThrow().decimals();
            if (decimals != usual) {
                f.warning(id(), t.location(), "情况说明 百分比“" + t.text().trim() + "”保留 " + decimals
                        + " 位小数，本文档其他百分比保留 " + usual + " 位小数");
            }
        }
    }

    private void keyProjects(DisclosureDocument d, Narrative n, Findings f) {
        JsonNode list = n.node("绩效目标", "重点绩效目标项目");
        if (!list.isArray()) {
            return;
        }
        n.amount("绩效目标", "重点绩效目标项目个数").ifPresent(count -> {
            if (count.compareTo(BigDecimal.valueOf(list.size())) != 0) {
                f.error(id(), Narrative.location("绩效目标", "重点绩效目标项目个数"), "情况说明 重点绩效目标项目个数 "
                        + count.stripTrailingZeros().toPlainString() + " ≠ 所列重点项目 " + list.size() + " 个");
            }
        });
        Set<String> names = new HashSet<>();
        d.table11().leaves().forEach(r -> names.add(r.name()));
        d.table13().projects().forEach(r -> names.add(r.name()));
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i).asText();
            if (!names.contains(name)) {
                f.warning(id(), Narrative.location("绩效目标", "重点绩效目标项目") + "[" + i + "]",
                        "情况说明 重点绩效目标项目“" + name + "”不在表11、表13 中");
            }
        }
    }

    private void vehicles(Narrative n, Findings f) {
        Optional<BigDecimal> total = n.amount("国有资产", "车辆");
        if (total.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int present = 0;
        for (String kind : VEHICLE_KINDS) {
            Optional<BigDecimal> count = n.amount("国有资产", kind);
            if (count.isPresent()) {
                sum = sum.add(count.get());
                present++;
            }
        }
        if (present > 0 && total.get().compareTo(sum) != 0) {
            f.error(id(), Narrative.location("国有资产", "车辆"), "情况说明 国有资产 车辆 "
                    + total.get().stripTrailingZeros().toPlainString() + " 辆 ≠ 各类用车之和 "
                    + sum.stripTrailingZeros().toPlainString() + " 辆");
        }
    }

    // ---- change statements

    private record ChangeStatement(String name, String location, Change change, BigDecimal current) {
    }

    private static List<ChangeStatement> changeStatements(Narrative n) {
        List<ChangeStatement> out = new ArrayList<>();
        for (String section : n.keys()) {
            for (String key : n.keys(section)) {
                if (key.endsWith("比上年")) {
                    baseKey(n, section, key).ifPresent(base -> n.change(section, key).ifPresent(change ->
                            n.amount(section, base).ifPresent(current -> out.add(new ChangeStatement(
                                    section + " " + key, Narrative.location(section, key), change, current)))));
                } else if (n.node(section, key).isObject() && n.has(section, key, "比上年")) {
                    Optional<BigDecimal> current = nestedCurrent(n, section, key);
                    n.change(section, key, "比上年").ifPresent(change -> current.ifPresent(c -> out.add(
                            new ChangeStatement(section + " " + key + " 比上年",
                                    Narrative.location(section, key, "比上年"), change, c))));
                }
            }
        }
        return out;
    }

    private static Optional<String> baseKey(Narrative n, String section, String key) {
        String stem = key.substring(0, key.length() - "比上年".length());
        List<String> candidates = stem.isEmpty()
                ? List.of("合计", "收入总计", "支出总计", "收支预算")
                : List.of(stem, stem + "收支预算", stem + "合计");
        return candidates.stream().filter(k -> n.amount(section, k).isPresent()).findFirst();
    }

    private static Optional<BigDecimal> nestedCurrent(Narrative n, String section, String key) {
        for (String k : List.of("收支预算", "合计", "金额")) {
            Optional<BigDecimal> v = n.amount(section, key, k);
            if (v.isPresent()) {
                return v;
            }
        }
        return n.amount(section, key + "收支预算");
    }

    /** A prior-year figure implied by a "比上年" statement, with its derivation ("207.60（301.42 − 93.82）"). */
    private record Prior(BigDecimal value, String text) {
    }

    private static Optional<Prior> prior(Narrative n, String section, String key, String base) {
        return n.change(section, key).flatMap(c -> n.amount(section, base).flatMap(current -> prior(c, current)));
    }

    private static Optional<Prior> priorNested(Narrative n) {
        return n.change("财政拨款收支", "国有资本经营预算", "比上年")
                .flatMap(c -> nestedCurrent(n, "财政拨款收支", "国有资本经营预算").flatMap(current -> prior(c, current)));
    }

    private static Optional<Prior> prior(Change change, BigDecimal current) {
        return change.impliedPrior(current).map(value -> {
            String derivation = switch (change.direction()) {
                case INCREASE -> "（" + Check.fmt(current) + " − " + Check.fmt(change.amount()) + "）";
                case DECREASE -> "（" + Check.fmt(current) + " + " + Check.fmt(change.amount()) + "）";
                default -> "（保持一致）";
            };
            return new Prior(value, Check.fmt(value) + derivation);
        });
    }

    private static Optional<String> wholeKey(Narrative n, String section) {
        for (String key : List.of("合计", "支出合计", "收入合计")) {
            if (n.has(section, key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
