package org.budgetflow.validation.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetflow.validation.indicator.IndicatorValue.Comparator;
import org.budgetflow.validation.indicator.IndicatorValue.Kind;

/**
 * Reads an indicator value as written. Steps: normalize (NFKC, signs, spaces); strip leading qualifiers and the
 * comparator ("≥", "不低于", "每年"), and a trailing comparator word ("以上", "以内"); then try, in order, one quantity
 * ("≤38.51万元"), a time limit counted from an event ("出院后30个工作日内"), a range ("4-6个"), a date or words only;
 * what is left is a number mixed with words ("100 合理"). Stateless.
 */
final class IndicatorValueParser {
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final Pattern NUMBER_AT = Pattern.compile(NUM);
    /** Per-unit parts after a unit: "元/人/月", "元/人.月", "次/年". */
    private static final Pattern COMPOSITE = Pattern.compile("(?:/[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z·.]{0,4})+");
    /** A per-unit note in brackets after the unit: "0.6元(每张)". */
    private static final Pattern PER_NOTE = Pattern.compile("\\((?:每|/)[^()]{1,6}\\)");
    /** Words before a time limit that name the event it runs from: "出院后30个工作日内", "收到资金的2个月内". */
    private static final Pattern EVENT_PREFIX = Pattern.compile("^\\p{IsHan}{1,20}?(?:后|起|之日起|之日|的|前)$");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("[-—–~至到]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern SIGNS_AND_NUMBERS = Pattern.compile("[\\s0-9.,%≥≤<>=]+");
    private static final Pattern DATE_SPAN = Pattern.compile(
            "(?<![0-9])(?:19|20)\\d{2}年度?(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?"
                    + "|(?<![0-9])(?:19|20)\\d{2}[./-](?:0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\\d|3[01]))?(?![0-9])"
                    + "|(?<![0-9])(?:19|20)\\d{2}(?=[-—–~至到](?:19|20)\\d{2})"
                    + "|(?<![0-9])\\d{1,2}月\\d{1,2}[日号]"
                    + "|(?<![0-9个])\\d{1,2}月(?=底|末|初|中旬|上旬|下旬|前|份|之前|以前|$)"
                    + "|(?<![0-9])\\d{1,2}[日号](?=前|之前|以前|$)");
    /** Count units after which a short noun may follow ("3家企业", "5个社区"). */
    private static final int NOUN_TAIL_MAX = 4;

    /** Leading words that qualify the number without changing it. */
    private static final List<String> QUALIFIERS = List.of(
            "每季度", "每学期", "每年", "每月", "每周", "每日", "每天", "每次", "全年", "年度", "年均", "月均", "日均",
            "平均", "人均", "户均", "累计", "共计", "合计", "总计", "控制在", "保持在", "达到", "约", "共", "达", "为");
    /** Leading comparator words and signs, longest first. */
    private static final List<Word> COMPARATOR_PREFIXES = List.of(
            new Word("大于或等于", Comparator.AT_LEAST), new Word("大于等于", Comparator.AT_LEAST),
            new Word("高于或等于", Comparator.AT_LEAST), new Word("小于或等于", Comparator.AT_MOST),
            new Word("小于等于", Comparator.AT_MOST), new Word("低于或等于", Comparator.AT_MOST),
            new Word("不低于", Comparator.AT_LEAST), new Word("不少于", Comparator.AT_LEAST),
            new Word("不小于", Comparator.AT_LEAST), new Word("不高于", Comparator.AT_MOST),
            new Word("不超过", Comparator.AT_MOST), new Word("不多于", Comparator.AT_MOST),
            new Word("不大于", Comparator.AT_MOST), new Word("至少", Comparator.AT_LEAST),
            new Word("最少", Comparator.AT_LEAST), new Word("最多", Comparator.AT_MOST),
            new Word("最高", Comparator.AT_MOST), new Word("大于", Comparator.MORE_THAN),
            new Word("高于", Comparator.MORE_THAN), new Word("超过", Comparator.MORE_THAN),
            new Word("多于", Comparator.MORE_THAN), new Word("小于", Comparator.LESS_THAN),
            new Word("低于", Comparator.LESS_THAN), new Word("少于", Comparator.LESS_THAN),
            new Word("等于", Comparator.EQUAL),
            new Word("≥", Comparator.AT_LEAST), new Word("≤", Comparator.AT_MOST),
            new Word(">", Comparator.MORE_THAN), new Word("<", Comparator.LESS_THAN),
            new Word("=", Comparator.EQUAL));
    /** Trailing words that set the comparator ("95%以上", "3个以内", "30日内") or keep it ("5万元左右"). */
    private static final List<Word> COMPARATOR_SUFFIXES = List.of(
            new Word("及以上", Comparator.AT_LEAST), new Word("以上", Comparator.AT_LEAST),
            new Word("及以下", Comparator.AT_MOST), new Word("以下", Comparator.AT_MOST),
            new Word("以内", Comparator.AT_MOST), new Word("之内", Comparator.AT_MOST),
            new Word("内", Comparator.AT_MOST), new Word("左右", Comparator.NONE));

    private IndicatorValueParser() {
    }

    static IndicatorValue parse(String text) {
        String raw = text == null ? "" : text;
        String s = normalize(raw);
        if (s.isEmpty()) {
            return new IndicatorValue(raw, Kind.EMPTY, Comparator.NONE, null, null, null, "", false, List.of());
        }
        List<Integer> years = YearTokens.find(s);
        Core core = stripSuffix(stripPrefix(s));
        IndicatorValue value = years.isEmpty() ? quantity(raw, core) : null;
        return value != null ? value : datesWordsOrMixed(raw, s, core.comparator(), years);
    }

    /** The text without leading qualifiers and comparator, and the comparator found. */
    private record Core(String text, Comparator comparator) {
    }

    private static Core stripPrefix(String s) {
        Comparator comparator = Comparator.NONE;
        String core = s;
        boolean stripped = true;
        while (stripped && !core.isEmpty()) {
            stripped = false;
            if (comparator == Comparator.NONE) {
                for (Word w : COMPARATOR_PREFIXES) {
                    if (core.startsWith(w.text())) {
                        comparator = w.comparator();
                        core = core.substring(w.text().length());
                        stripped = true;
                        break;
                    }
                }
            }
            if (!stripped) {
                for (String q : QUALIFIERS) {
                    if (core.startsWith(q) && core.length() > q.length()) {
                        core = core.substring(q.length());
                        stripped = true;
                        break;
                    }
                }
            }
        }
        return new Core(core, comparator);
    }

    /** Strips "以上", "以内" … when a number or a unit comes right before it. */
    private static Core stripSuffix(Core c) {
        String core = c.text();
        for (Word w : COMPARATOR_SUFFIXES) {
            String suffix = w.text();
            if (core.endsWith(suffix) && core.length() > suffix.length()) {
                String head = core.substring(0, core.length() - suffix.length());
                if (Character.isDigit(head.charAt(head.length() - 1)) || endsWithQuantity(head)) {
                    return new Core(head, c.comparator() == Comparator.NONE ? w.comparator() : c.comparator());
                }
            }
        }
        return c;
    }

    /** One quantity, a quantity counting a noun, a time limit after an event, or a range; null when none fits. */
    private static IndicatorValue quantity(String raw, Core core) {
        String t = core.text();
        Comparator c = core.comparator();
        Quantity q = quantityAt(t, 0);
        if (q == null) {
            return timeLimit(raw, core);
        }
        if (q.end == t.length()) {
            return new IndicatorValue(raw, Kind.NUMBER, c, q.number, null, q.unit, "", false, List.of());
        }
        String tail = t.substring(q.end);
        if (q.unit != null && countLike(q.unit) && !q.unit.perUnit() && tail.length() <= NOUN_TAIL_MAX
                && tail.codePoints().allMatch(Character::isIdeographic)) {
            return new IndicatorValue(raw, Kind.NUMBER, c, q.number, null, q.unit, tail, false, List.of());
        }
        Matcher sep = RANGE_SEPARATOR.matcher(t);
        sep.region(q.end, t.length());
        if (sep.lookingAt()) {
            Quantity q2 = quantityAt(t, sep.end());
            if (q2 != null && q2.end == t.length()
                    && (q.unit == null || q2.unit == null || q.unit.text().equals(q2.unit.text()))) {
                Unit u = q2.unit != null ? q2.unit : q.unit;
                return new IndicatorValue(raw, Kind.RANGE, c, q.number, q2.number, u, "", true, List.of());
            }
        }
        return null;
    }

    /** "出院后30个工作日内": a number of days, weeks … counted from an event named before it. */
    private static IndicatorValue timeLimit(String raw, Core core) {
        String t = core.text();
        Matcher first = NUMBER_AT.matcher(t);
        if (!first.find() || !EVENT_PREFIX.matcher(t.substring(0, first.start())).matches()) {
            return null;
        }
        Quantity limit = quantityAt(t, first.start());
        if (limit == null || limit.end != t.length() || limit.unit == null
                || limit.unit.dimension() != Dimension.DURATION) {
            return null;
        }
        return new IndicatorValue(raw, Kind.NUMBER, core.comparator(), limit.number, null, limit.unit,
                t.substring(0, first.start()), false, List.of());
    }

    /** A date or period, words only, or a number mixed with words. */
    private static IndicatorValue datesWordsOrMixed(String raw, String s, Comparator comparator, List<Integer> years) {
        Matcher dates = DATE_SPAN.matcher(s);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        int spans = 0;
        boolean dateRange = false;
        while (dates.find()) {
            String between = s.substring(last, dates.start());
            if (spans > 0 && RANGE_SEPARATOR.matcher(between).matches()) {
                dateRange = true;
                between = "";
            }
            rest.append(between).append(' ');
            last = dates.end();
            spans++;
        }
        String outsideDates = rest.append(s.substring(last)).toString();
        boolean otherDigits = outsideDates.chars().anyMatch(Character::isDigit);
        if (spans > 0 && !otherDigits) {
            return new IndicatorValue(raw, Kind.DATE, Comparator.NONE, null, null, null,
                    outsideDates.replace(" ", ""), dateRange, years);
        }
        if (!otherDigits) {
            return new IndicatorValue(raw, Kind.QUALITATIVE, Comparator.NONE, null, null, null, s, false, years);
        }
        return mixed(raw, s, outsideDates, comparator, years);
    }

    /** Keeps the first number outside dates and the unit after it; the words are everything else. */
    private static IndicatorValue mixed(String raw, String s, String outsideDates, Comparator comparator,
                                        List<Integer> years) {
        Matcher n = NUMBER_AT.matcher(outsideDates);
        BigDecimal first = null;
        Unit firstUnit = null;
        String wordsOnly = outsideDates;
        if (n.find()) {
            Quantity fq = quantityAt(outsideDates, n.start());
            first = fq.number;
            firstUnit = fq.unit;
            wordsOnly = outsideDates.substring(0, n.start()) + " " + outsideDates.substring(fq.end);
        }
        String words = SIGNS_AND_NUMBERS.matcher(wordsOnly).replaceAll(" ").trim();
        if (!HAN.matcher(words).find() && words.chars().noneMatch(Character::isLetter)) {
            words = s; // numbers and signs only, e.g. "100%≥95%"
        }
        Comparator c = comparator != Comparator.NONE ? comparator : signIn(s);
        return new IndicatorValue(raw, Kind.MIXED, c, first, null, firstUnit, words, false, years);
    }

    private static boolean endsWithQuantity(String head) {
        Matcher m = NUMBER_AT.matcher(head);
        while (m.find()) {
            Quantity q = quantityAt(head, m.start());
            if (q != null && q.end == head.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean countLike(Unit u) {
        return u.dimension() == Dimension.COUNT || u.dimension() == Dimension.PERSONS;
    }

    /** The first comparator sign written anywhere in a mixed value, or NONE. */
    private static Comparator signIn(String s) {
        for (Word w : COMPARATOR_PREFIXES) {
            if (w.text().length() == 1 && s.contains(w.text())) {
                return w.comparator();
            }
        }
        return Comparator.NONE;
    }

    private record Quantity(BigDecimal number, Unit unit, int end) {
    }

    /** A comparator word or sign as written. */
    private record Word(String text, Comparator comparator) {
    }

    /** A number at {@code from} followed by an optional unit (base unit, alternatives "件、个", "/人/月" parts). */
    private static Quantity quantityAt(String s, int from) {
        Matcher m = NUMBER_AT.matcher(s);
        m.region(from, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        BigDecimal number = new BigDecimal(m.group().replace(",", ""));
        int end = m.end();
        Unit unit = Units.baseAt(s, end);
        if (unit == null) {
            return new Quantity(number, null, end);
        }
        end += unit.text().length();
        Unit alternative = end + 1 < s.length() && s.charAt(end) == '、' ? Units.baseAt(s, end + 1) : null;
        while (alternative != null && alternative.dimension() == unit.dimension()) {
            end += 1 + alternative.text().length();
            alternative = end + 1 < s.length() && s.charAt(end) == '、' ? Units.baseAt(s, end + 1) : null;
        }
        Matcher per = COMPOSITE.matcher(s);
        per.region(end, s.length());
        if (!per.lookingAt()) {
            per = PER_NOTE.matcher(s);
            per.region(end, s.length());
        }
        if (per.lookingAt()) {
            return new Quantity(number, Units.composite(unit, unit.text() + per.group()), per.end());
        }
        return new Quantity(number, unit, end);
    }

    /** NFKC, one spelling per sign, no whitespace, no trailing punctuation. */
    static String normalize(String raw) {
        String s = YearTokens.compact(raw)
                .replace(">=", "≥").replace("=>", "≥").replace("<=", "≤").replace("=<", "≤")
                .replace("≥=", "≥").replace("≤=", "≤")
                .replace('⩾', '≥').replace('≧', '≥').replace('⩽', '≤').replace('≦', '≤')
                .replace('〜', '~');
        int end = s.length();
        while (end > 0 && "。.;；,，、/".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
