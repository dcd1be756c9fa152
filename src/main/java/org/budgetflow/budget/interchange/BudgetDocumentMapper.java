package org.budgetflow.budget.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Maps the interchange document to the domain model and back. Amount strings become {@link BigDecimal} as written
 * (never through floating point); on the way out an amount must already have at most two decimals.
 */
@Mapper
public interface BudgetDocumentMapper {
    BudgetDocumentMapper INSTANCE = Mappers.getMapper(BudgetDocumentMapper.class);

    Budget toBudget(BudgetDocument document);

    @Mapping(target = "appropriation", defaultValue = "true")
    @Mapping(target = "carryOver", defaultValue = "false")
    Funding toFunding(BudgetDocument.MoneyJson money);

    @Mapping(target = "appropriation", defaultValue = "true")
    @Mapping(target = "carryOver", defaultValue = "false")
    Line toLine(BudgetDocument.LineJson line);

    @Mapping(target = "keyProject", defaultValue = "false")
    Project toProject(BudgetDocument.ProjectJson project);

    @Mapping(target = "format", constant = BudgetDocument.FORMAT)
    @Mapping(target = "amountUnit", constant = BudgetDocument.AMOUNT_UNIT)
    BudgetDocument toDocument(Budget budget);

    /** {@code appropriation} is written only when it is false (the default is true). */
    @Mapping(target = "appropriation", expression = "java(funding.appropriation() ? null : Boolean.FALSE)")
    BudgetDocument.MoneyJson toMoney(Funding funding);

    @Mapping(target = "appropriation", expression = "java(line.appropriation() ? null : Boolean.FALSE)")
    BudgetDocument.LineJson toLineJson(Line line);

    default String amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    default BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
