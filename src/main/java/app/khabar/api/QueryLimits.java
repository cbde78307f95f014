package app.khabar.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;

/**
 * Refuses queries too deep or too costly before they run, and documents too large before they are parsed in full.
 * <p>
 * Cost follows GitHub's GraphQL API: a field costs 1, and what is selected under a list is counted once per item the
 * list may return ({@code first} for connections, a fixed estimate for plain lists). Introspection fields cost 1
 * whatever their selection, so GraphiQL's schema query always passes; depth still applies to it.
 */
public final class QueryLimits {

    /** What a query is refused for. */
    public record Refusal(String code, String message) {
    }

    /** Items assumed for a list of objects without {@code first}: stories of a page, people of a story... */
    static final int PLAIN_LIST_ESTIMATE = 5;
    /** Default {@code first} of connections and lists that take one, wherever they appear. */
    private static final Map<String, Integer> DEFAULT_FIRST = Map.of(
            "articles", 20, "relatedStories", 5, "coMentioned", 10);
    /** Root connections; {@code people} below the root is the plain list of a story's people. */
    private static final Map<String, Integer> ROOT_DEFAULT_FIRST = Map.of("people", 20, "pages", 20);
    private static final Set<String> PLAIN_LISTS = Set.of("stories", "people", "evidence", "sharedPeople",
            "skippedFiles");

    private final int maxDepth;
    private final long maxCost;
    private final ParserOptions parserOptions;

    public QueryLimits(int maxDepth, long maxCost, int maxTokens, int maxCharacters) {
        this.maxDepth = maxDepth;
        this.maxCost = maxCost;
        this.parserOptions = ParserOptions.newParserOptions()
                .maxTokens(maxTokens)
                .maxCharacters(maxCharacters)
                .maxWhitespaceTokens(maxTokens * 10)
                .captureSourceLocation(false)
                .build();
    }

    public int maxDepth() {
        return maxDepth;
    }

    public long maxCost() {
        return maxCost;
    }

    /** Null when the query may run; otherwise why not. */
    public Refusal check(String query, Map<String, Object> variables) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
        } catch (InvalidSyntaxException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (e instanceof ParseCancelledException) {
                return new Refusal("QUERY_TOO_LARGE", "The query document is too large: " + message);
            }
            return new Refusal("GRAPHQL_PARSE_FAILED", "The query is not valid GraphQL: " + message);
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            }
        }
        Walk walk = new Walk(fragments, variables == null ? Map.of() : variables);
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                int depth = walk.depth(operation.getSelectionSet(), 0, new HashSet<>());
                if (depth > maxDepth) {
                    return new Refusal("QUERY_TOO_DEEP", "The query is " + depth + " levels deep; the limit is "
                            + maxDepth + ". Split it into several queries.");
                }
                long cost = walk.cost(operation.getSelectionSet(), true, new HashSet<>());
                if (cost > maxCost) {
                    return new Refusal("QUERY_TOO_COMPLEX", "The query may return up to " + cost
                            + " fields; the limit is " + maxCost + ". Ask for fewer items ('first') or fewer "
                            + "aliases, or page through the results.");
                }
            }
        }
        return null;
    }

    private static final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;

        Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        int depth(SelectionSet set, int level, Set<String> visiting) {
            if (set == null) {
                return level;
            }
            int deepest = level;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    int below = field.getSelectionSet() == null ? level + 1
                            : depth(field.getSelectionSet(), level + 1, visiting);
                    deepest = Math.max(deepest, below);
                } else if (selection instanceof InlineFragment inline) {
                    deepest = Math.max(deepest, depth(inline.getSelectionSet(), level, visiting));
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    // a fragment cycle is a validation error the engine reports; stop here
                    if (fragment != null && visiting.add(spread.getName())) {
                        deepest = Math.max(deepest, depth(fragment.getSelectionSet(), level, visiting));
                        visiting.remove(spread.getName());
                    }
                }
            }
            return deepest;
        }

        long cost(SelectionSet set, boolean root, Set<String> visiting) {
            if (set == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    total += 1;
                    if (field.getName().startsWith("__") || field.getSelectionSet() == null) {
                        continue;
                    }
                    total = saturatingAdd(total, saturatingMultiply(items(field, root),
                            cost(field.getSelectionSet(), false, visiting)));
                } else if (selection instanceof InlineFragment inline) {
                    total = saturatingAdd(total, cost(inline.getSelectionSet(), root, visiting));
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null && visiting.add(spread.getName())) {
                        total = saturatingAdd(total, cost(fragment.getSelectionSet(), root, visiting));
                        visiting.remove(spread.getName());
                    }
                }
            }
            return total;
        }

        private long items(Field field, boolean root) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("first")) {
                    Long first = intValue(argument);
                    if (first != null) {
                        return Math.max(1, first);
                    }
                }
            }
            Integer byDefault = root ? ROOT_DEFAULT_FIRST.get(field.getName()) : null;
            if (byDefault == null) {
                byDefault = DEFAULT_FIRST.get(field.getName());
            }
            if (byDefault != null) {
                return byDefault;
            }
            return PLAIN_LISTS.contains(field.getName()) ? PLAIN_LIST_ESTIMATE : 1;
        }

        private Long intValue(Argument argument) {
            if (argument.getValue() instanceof IntValue value) {
                return value.getValue().longValue();
            }
            if (argument.getValue() instanceof VariableReference reference
                    && variables.get(reference.getName()) instanceof Number number) {
                return number.longValue();
            }
            return null;
        }
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatingMultiply(long a, long b) {
        if (a != 0 && b > Long.MAX_VALUE / a) {
            return Long.MAX_VALUE;
        }
        return a * b;
    }
}
