package org.budgetflow.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetflow.disclosure.model.HeaderNode.group;
import static org.budgetflow.disclosure.model.HeaderNode.leaf;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A renderer walks a grid generically: header rows with spans, then each row's cell per leaf column. */
class GridTest {
    private final Grid grid = new Grid(
            List.of(leaf(Column.text("name", "名称")),
                    leaf(Column.amount("合计", "合计")),
                    group("基本支出", leaf(Column.amount("基本支出_小计", "小计")),
                            group("人员经费", leaf(Column.amount("基本支出_工资福利支出", "工资福利支出")),
                                    leaf(Column.amount("基本支出_对个人和家庭的补助", "对个人和家庭的补助"))))),
            List.of(Row.builder(RowType.TOTAL, null, "合计").text("name", "合计")
                    .amount("合计", new BigDecimal("5.00")).amount("基本支出_小计", new BigDecimal("5.00"))
                    .amount("基本支出_工资福利支出", new BigDecimal("5.00")).build()));

    @Test
    void the_header_is_as_deep_as_its_deepest_branch() {
        assertThat(grid.headerDepth()).isEqualTo(3);
    }

    @Test
    void a_group_cell_spans_its_leaves_and_a_leaf_cell_spans_down_to_the_last_header_row() {
        List<List<HeaderCell>> rows = grid.headerRows();

        assertThat(rows.get(0)).extracting(c -> c.label() + " " + c.colSpan() + "x" + c.rowSpan())
                .containsExactly("名称 1x3", "合计 1x3", "基本支出 3x1");
        assertThat(rows.get(1)).extracting(c -> c.label() + " " + c.colSpan() + "x" + c.rowSpan())
                .containsExactly("小计 1x2", "人员经费 2x1");
        assertThat(rows.get(2)).extracting(HeaderCell::label).containsExactly("工资福利支出", "对个人和家庭的补助");
        assertThat(rows.get(2).get(0).column().id()).isEqualTo("基本支出_工资福利支出");
    }

    @Test
    void the_columns_are_the_leaves_left_to_right_and_the_amount_columns_leave_out_the_text_ones() {
        assertThat(grid.columns()).extracting(Column::id).containsExactly("name", "合计", "基本支出_小计",
                "基本支出_工资福利支出", "基本支出_对个人和家庭的补助");
        assertThat(grid.amountColumns()).extracting(Column::id).doesNotContain("name").hasSize(4);
    }

    @Test
    void a_rows_cell_is_its_text_or_amount_and_null_when_empty() {
        Row total = grid.rows().get(0);
        List<Object> cells = grid.columns().stream().map(total::cell).toList();

        assertThat(cells).containsExactly("合计", new BigDecimal("5.00"), new BigDecimal("5.00"),
                new BigDecimal("5.00"), null);
    }

    @Test
    void a_header_node_is_either_a_column_or_a_group_with_children() {
        assertThatThrownBy(() -> new HeaderNode("空组", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
