package org.budgetflow.validation.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The units an indicator value may carry after its number; matched longest first. Immutable. */
final class Units {
    private static final BigDecimal YUAN = new BigDecimal("0.0001");

    /** Base units by dimension (money units carry their value in 万元). */
    private static final List<Unit> ALL;

    static {
        List<Unit> units = new ArrayList<>();
        money(units, "元", YUAN);
        money(units, "万元", BigDecimal.ONE);
        money(units, "亿元", new BigDecimal("10000"));
        money(units, "千元", new BigDecimal("0.1"));
        money(units, "百元", new BigDecimal("0.01"));
        money(units, "百万元", new BigDecimal("100"));
        money(units, "千万元", new BigDecimal("1000"));
        units.add(new Unit("万", "万", Dimension.BARE_MULTIPLIER, false, BigDecimal.ONE));
        units.add(new Unit("亿", "亿", Dimension.BARE_MULTIPLIER, false, new BigDecimal("10000")));
        add(units, Dimension.PERCENT, "%", "‰", "个百分点", "百分点");
        add(units, Dimension.PERSONS, "人", "名", "位", "人次", "万人", "万人次");
        add(units, Dimension.DURATION, "天", "日", "个工作日", "工作日", "小时", "个小时", "分钟", "秒", "周", "个月", "月",
                "年", "个季度", "季度", "学时", "课时", "h");
        add(units, Dimension.PHYSICAL, "平方米", "万平方米", "平方公里", "平米", "平方", "平", "m2", "㎡", "亩", "公顷", "米", "延米", "公里",
                "千米", "km", "m", "立方米", "m3", "方", "吨", "万吨", "公斤", "千克", "kg", "斤", "升");
        add(units, Dimension.SCORE, "分");
        add(units, Dimension.RATIO, "倍");
        add(units, Dimension.COUNT, "个", "部", "次", "种", "类", "项", "台", "辆", "套", "件", "份", "册", "本", "张", "把",
                "块", "只", "头", "株", "棵", "盏", "条", "篇", "期", "批", "批次", "场", "场次", "户", "户次", "万户", "家",
                "家次", "所", "座", "处", "栋", "幢", "间", "层", "床", "支", "队", "组", "轮", "届", "节", "课", "版", "集",
                "首", "幅", "台次", "车次", "架次", "辆次", "趟", "遍", "起", "宗", "单", "例", "点", "个点位", "点位", "路",
                "万册", "万份", "台套", "艘", "架", "口", "眼", "把", "副", "双", "对", "顶", "箱", "袋", "瓶", "盒", "卷", "枚",
                "根", "辑", "刊", "所次");
        units.sort(Comparator.comparingInt((Unit u) -> u.text().length()).reversed());
        ALL = List.copyOf(units);
    }

    private Units() {
    }

    private static void money(List<Unit> units, String text, BigDecimal wanYuan) {
        units.add(new Unit(text, text, Dimension.MONEY, false, wanYuan));
    }

    private static void add(List<Unit> units, Dimension dimension, String... texts) {
        for (String t : texts) {
            if (units.stream().noneMatch(u -> u.text().equals(t))) {
                units.add(new Unit(t, t, dimension, false, null));
            }
        }
    }

    /** The longest base unit starting at {@code from}, or null. */
    static Unit baseAt(String s, int from) {
        for (Unit u : ALL) {
            if (s.startsWith(u.text(), from)) {
                return u;
            }
        }
        return null;
    }

    /** A composite unit ("元/人/月") built on a base unit. */
    static Unit composite(Unit base, String text) {
        return new Unit(text, base.text(), base.dimension(), true, base.wanYuan());
    }
}
