package nl.ketenlens.synthetic;

/**
 * What a buyer (a company profile or a facility role) buys: commodity {@code commodity} from facilities of
 * role {@code supplier}. With probability {@code probability} the buyer has this input at all; it then
 * picks between {@code min} and {@code max} distinct suppliers (times {@link Catalogue#LARGE_FACTOR} for a large
 * company); each pick is made within the buyer's own country with probability {@code domestic} (when the
 * supplier role produces there), otherwise among all of the role's facilities.
 */
record Input(String commodity, String supplier, double probability, int min, int max, double domestic) {
    Input {
        if (min < 1 || max < min || probability <= 0 || probability > 1 || domestic < 0 || domestic > 1) {
            throw new IllegalArgumentException("bad input " + commodity + " from " + supplier);
        }
    }

    static Input of(String commodity, String supplier, double probability, int min, int max, double domestic) {
        return new Input(commodity, supplier, probability, min, max, domestic);
    }

    static Input of(String commodity, String supplier, double probability, int min, int max) {
        return new Input(commodity, supplier, probability, min, max, 0);
    }

    /** Expected number of suppliers picked, before any cap by pool size. */
    double expectedPicks(double sizeMultiplier) {
        return probability * (min + max) / 2.0 * sizeMultiplier;
    }
}
