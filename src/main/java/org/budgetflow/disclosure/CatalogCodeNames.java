package org.budgetflow.disclosure;

import java.util.Optional;

import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.CodeList;
import org.budgetflow.classification.NoClassificationDataException;

/** The classification catalogue's official code names for the disclosure; none for a year it does not cover. */
public final class CatalogCodeNames implements CodeNames {
    private final ClassificationCatalog catalog;

    public CatalogCodeNames(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<String> name(Kind kind, int year, String code) {
        if (!catalog.covers(year)) {
            return Optional.empty();
        }
        try {
            return list(kind, year).name(code);
        } catch (NoClassificationDataException e) {
            return Optional.empty();
        }
    }

    private CodeList list(Kind kind, int year) {
        return switch (kind) {
            case FUNCTION -> catalog.functionCodes(year);
            case DEPT_ECONOMIC -> catalog.deptEconomicCodes(year);
            case GOV_ECONOMIC -> catalog.govEconomicCodes(year);
        };
    }
}
