package app.khabar.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLObjectType;

/**
 * Depth and cost limits on graphql-java's own analysis ({@code graphql.analysis}): they run on the document the
 * engine has parsed and validated (cached per distinct document), with the request's variables and the schema's
 * defaults applied, before any resolver runs. A refused query has no {@code data}: HTTP 400 under
 * {@code application/graphql-response+json}, as for any other validation failure.
 * <p>
 * Cost follows GitHub's GraphQL API: a field costs 1, and what is selected under a list is counted once per item the
 * list may return ({@code first} for connections, a fixed estimate for plain lists). Introspection fields cost 1
 * whatever their selection, so GraphiQL's schema query always passes; depth still applies to it.
 */
public final class QueryLimits {

    /** Items assumed for a list of objects without {@code first}: stories of a page, people of a story... */
    static final int PLAIN_LIST_ESTIMATE = 5;
    /** Default {@code first} of lists that take one but declare no default in the schema. */
    private static final Map<String, Integer> DEFAULT_FIRST = Map.of(
            "articles", 20, "relatedStories", 5, "coMentioned", 10);
    /** Root connections; {@code people} below the root is the plain list of a story's people. */
    private static final Map<String, Integer> ROOT_DEFAULT_FIRST = Map.of("people", 20, "pages", 20);
    private static final Set<String> PLAIN_LISTS = Set.of("stories", "people", "evidence", "sharedPeople",
            "skippedFiles");

    private final int maxDepth;
    private final int maxCost;

    public QueryLimits(int maxDepth, long maxCost) {
        this.maxDepth = maxDepth;
        this.maxCost = (int) Math.min(Integer.MAX_VALUE, maxCost);
    }

    /** The two instrumentations, depth first (it is the cheaper one to fail). */
    List<Instrumentation> instrumentations() {
        return List.of(
                new MaxQueryDepthInstrumentation(maxDepth, info -> {
                    throw refusal("QUERY_TOO_DEEP", "The query is " + info.getDepth() + " levels deep; the limit is "
                            + maxDepth + ". Split it into several queries.");
                }),
                new MaxQueryComplexityInstrumentation(maxCost, new Cost(), info -> {
                    throw refusal("QUERY_TOO_COMPLEX", "The query may return up to " + info.getComplexity()
                            + " fields; the limit is " + maxCost + ". Ask for fewer items ('first') or fewer "
                            + "aliases, or page through the results.");
                }));
    }

    private static AbortExecutionException refusal(String code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", code)).build()));
    }

    /** A field costs 1 plus, for a list, what is selected under it times the items it may return. */
    static final class Cost implements FieldComplexityCalculator {

        @Override
        public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
            String name = environment.getField().getName();
            if (name.startsWith("__") || childComplexity == 0) {
                return 1;
            }
            long total = 1 + items(environment) * (long) childComplexity;
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        private static long items(FieldComplexityEnvironment environment) {
            if (environment.getArguments().get("first") instanceof Number first) {
                return Math.max(1, first.longValue());
            }
            String name = environment.getField().getName();
            boolean root = environment.getParentType() instanceof GraphQLObjectType type
                    && type.getName().equals("Query");
            Integer byDefault = root ? ROOT_DEFAULT_FIRST.get(name) : null;
            if (byDefault == null) {
                byDefault = DEFAULT_FIRST.get(name);
            }
            if (byDefault != null) {
                return byDefault;
            }
            return PLAIN_LISTS.contains(name) ? PLAIN_LIST_ESTIMATE : 1;
        }
    }
}
