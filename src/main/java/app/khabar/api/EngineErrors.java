package app.khabar.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives every error graphql-java reports an {@code extensions.code}, on the engine's own result before it is
 * written: syntax and validation errors carry only a classification, and an unexpected resolver failure must not
 * read "Server Error" with nothing to act on. Errors that already have a code (limits, {@code @ErrorCode}
 * exceptions such as {@link BadUserInputException}) keep theirs.
 */
final class EngineErrors extends SimplePerformantInstrumentation {

    static final String INTERNAL_MESSAGE = "The server failed to resolve this field; the rest of the answer is valid.";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        EngineRequest request = EngineRequest.current();
        if (request != null) {
            request.reachedEngine = true;
        }
        return super.beginExecution(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> coded = new ArrayList<>(result.getErrors().size());
        boolean changed = false;
        for (GraphQLError error : result.getErrors()) {
            GraphQLError withCode = withCode(error);
            changed |= withCode != error;
            coded.add(withCode);
        }
        if (!changed) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(coded)));
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            if (fetching.getException() instanceof BadUserInputException) {
                return error; // SmallRye adds its @ErrorCode when it writes the answer
            }
            return GraphqlErrorBuilder.newError().message(INTERNAL_MESSAGE).path(error.getPath())
                    .locations(error.getLocations()).errorType(ErrorType.DataFetchingException)
                    .extensions(Map.of("code", "INTERNAL_SERVER_ERROR", "classification", "DataFetchingException"))
                    .build();
        }
        ErrorClassification type = error.getErrorType();
        String code;
        if (type == ErrorType.ValidationError) {
            code = "GRAPHQL_VALIDATION_FAILED";
        } else if (type == ErrorType.InvalidSyntax) {
            code = "GRAPHQL_PARSE_FAILED";
        } else if (type == ErrorType.OperationNotSupported) {
            code = "BAD_REQUEST";
        } else if (type == ErrorType.DataFetchingException || type == ErrorType.NullValueInNonNullableField) {
            code = "INTERNAL_SERVER_ERROR";
        } else {
            code = "BAD_REQUEST";
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        if (type != null) {
            extensions.put("classification", type.toString());
        }
        return GraphqlErrorBuilder.newError().message(error.getMessage()).path(error.getPath())
                .locations(error.getLocations()).errorType(type).extensions(extensions).build();
    }
}
