package app.khabar.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;

/**
 * graphql-java's preparsed-document cache: each distinct document is parsed and validated once, and its outcome
 * (the document, or the errors that refuse it) is kept; later requests with the same text go straight to execution.
 * Documents that fail validation are kept too, so a client repeating a bad query costs no second validation.
 * <p>
 * It replaces the provider SmallRye installs, which runs graphql-java's parse and validation twice for a new valid
 * document (once to answer, once more to fill its cache) and keeps no invalid one. SmallRye still parses a document
 * it has not seen once more for its own request context (its cache of that is filled as graphql-java validates).
 * It also enforces the GraphQL-over-HTTP rule that GET may
 * not run a mutation: the operation to run is known here on every request, cached or not.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    /** Documents parsed and validated through this cache since start: one per distinct document. */
    private static final LongAdder PARSED = new LongAdder();

    private final Cache<String, PreparsedDocumentEntry> documents;

    /** Rough bytes of a parsed document per character of its text (its syntax tree is far larger than the text). */
    static final int BYTES_PER_CHARACTER = 24;

    DocumentCache(long maxBytes) {
        this.documents = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String query, PreparsedDocumentEntry entry) -> query.length() * BYTES_PER_CHARACTER + 1024)
                .build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = documents.getIfPresent(input.getQuery());
        if (entry != null) {
            return CompletableFuture.completedFuture(refuseMutationOverGet(entry, input));
        }
        PARSED.increment();
        CompletableFuture<PreparsedDocumentEntry> parsed = CompletableFuture.completedFuture(
                parseAndValidate.apply(input));
        return parsed.thenApply(fresh -> {
            documents.put(input.getQuery(), fresh);
            return refuseMutationOverGet(fresh, input);
        });
    }

    private static PreparsedDocumentEntry refuseMutationOverGet(PreparsedDocumentEntry entry, ExecutionInput input) {
        EngineRequest request = EngineRequest.current();
        if (request == null || !request.safeMethod || entry.getDocument() == null) {
            return entry;
        }
        OperationDefinition operation = operation(entry.getDocument(), input.getOperationName());
        if (operation == null || operation.getOperation() == OperationDefinition.Operation.QUERY) {
            return entry;
        }
        request.mutationOverGet = true;
        return new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError()
                .message("Only queries may be sent with GET; send a " + operation.getOperation().name().toLowerCase()
                        + " with POST.")
                .extensions(Map.of("code", "METHOD_NOT_ALLOWED")).build()));
    }

    static long parsed() {
        return PARSED.sum();
    }

    /** The operation a request selects, as GraphQL's GetOperation() does; null when it selects none. */
    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(o -> operationName.equals(o.getName())).findFirst().orElse(null);
    }
}
