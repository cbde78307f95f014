package app.khabar.api;

/** Argument limits, as GitHub's GraphQL API sets them: connections take 1 to 100 items. */
final class Limits {

    static final int MAX_FIRST = 100;

    private Limits() {
    }

    static int first(Integer first, int defaultValue, String argumentOf) {
        int value = first == null ? defaultValue : first;
        if (value < 1 || value > MAX_FIRST) {
            throw new BadUserInputException("'first' of " + argumentOf + " must be between 1 and " + MAX_FIRST
                    + ", was " + value);
        }
        return value;
    }
}
