package org.budgetflow.budget;

/** State assets in use (国有资产占用) at the end of last year; null counts are "not stated". */
public record Assets(String asOf, Vehicles vehicles, Integer generalEquipmentOver500k, Integer specialEquipmentOver1m) {
    public static final Assets EMPTY = new Assets(null, null, null, null);

    /** Vehicles by type. */
    public record Vehicles(Integer generalOfficial, Integer lawEnforcement, Integer specialTechnical, Integer other,
                           String otherNote) {
        public int total() {
            return n(generalOfficial) + n(lawEnforcement) + n(specialTechnical) + n(other);
        }

        private static int n(Integer i) {
            return i == null ? 0 : i;
        }
    }
}
