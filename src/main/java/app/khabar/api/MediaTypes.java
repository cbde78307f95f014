package app.khabar.api;

import java.util.Locale;

/**
 * Content negotiation of the GraphQL-over-HTTP specification: the answer is {@code application/graphql-response+json}
 * or {@code application/json}, whichever the {@code Accept} header prefers (RFC 9110 q-values; the most specific
 * range that matches a type gives its q). No {@code Accept} means {@code application/graphql-response+json}, as the
 * specification asks since 2025; {@code *}{@code /*} (and {@code application/*}) alone mean {@code application/json},
 * what legacy clients that send it expect. Null when neither is acceptable: HTTP 406.
 */
enum MediaTypes {

    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    final String type;
    final String header;

    MediaTypes(String type) {
        this.type = type;
        this.header = type + "; charset=utf-8";
    }

    static MediaTypes negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return GRAPHQL_RESPONSE_JSON;
        }
        Match best = null;
        String[] ranges = accept.split(",");
        for (MediaTypes candidate : values()) {
            Match match = match(candidate, ranges);
            if (match != null && match.q > 0 && (best == null || match.betterThan(best))) {
                best = match;
            }
        }
        return best == null ? null : best.type;
    }

    /** How a candidate type is accepted: by the most specific range naming it. */
    private record Match(MediaTypes type, double q, int specificity, int position) {
        boolean betterThan(Match other) {
            if (q != other.q) {
                return q > other.q;
            }
            if (specificity != other.specificity) {
                return specificity > other.specificity;
            }
            if (position != other.position) {
                return position < other.position;
            }
            // a wildcard accepts both equally: the legacy type, which every client can read
            return type == JSON;
        }
    }

    private static Match match(MediaTypes candidate, String[] ranges) {
        Match found = null;
        for (int i = 0; i < ranges.length; i++) {
            String[] parts = ranges[i].split(";");
            String range = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity;
            if (range.equals(candidate.type)) {
                specificity = 2;
            } else if (range.equals("application/*")) {
                specificity = 1;
            } else if (range.equals("*/*")) {
                specificity = 0;
            } else {
                continue;
            }
            double q = 1;
            boolean utf8 = true;
            for (int p = 1; p < parts.length; p++) {
                String[] parameter = parts[p].split("=", 2);
                String name = parameter[0].trim().toLowerCase(Locale.ROOT);
                String value = parameter.length > 1 ? parameter[1].trim().replace("\"", "") : "";
                if (name.equals("q")) {
                    try {
                        q = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                } else if (name.equals("charset")) {
                    utf8 = value.equalsIgnoreCase("utf-8") || value.equalsIgnoreCase("utf8");
                }
            }
            if (!utf8) {
                q = 0; // the answer is always UTF-8
            }
            if (found == null || specificity > found.specificity) {
                found = new Match(candidate, q, specificity, i);
            }
        }
        return found;
    }
}
