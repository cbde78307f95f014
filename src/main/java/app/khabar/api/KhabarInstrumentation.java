package app.khabar.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.validation.ValidationError;

/**
 * Khabar's instrumentations as one: strict variables, the depth and cost limits and error codes. graphql-java calls
 * every instrumentation of a chain on every field (and allocates for each call), so several of them cost a tenth of
 * a large answer; this one forwards each request-level hook to the instrumentations that have it, and has no
 * per-field hook (the fast fetchers are in the code registry, see {@link EngineExtensions}). The limits' verdict on
 * a document without variables is the same on every request, so a document that passed them once is not traversed
 * again.
 */
final class KhabarInstrumentation extends SimplePerformantInstrumentation {

    private final StrictVariables strictVariables;
    private final Instrumentation depth;
    private final Instrumentation cost;
    private final EngineErrors errors;
    /** Operations without variables that passed the depth and cost limits: by their document, which is cached. */
    private final Cache<Document, List<String>> withinLimits = Caffeine.newBuilder().weakKeys().maximumSize(10_000)
            .build();

    KhabarInstrumentation(StrictVariables strictVariables, List<Instrumentation> limits, EngineErrors errors) {
        this.strictVariables = strictVariables;
        this.depth = limits.get(0);
        this.cost = limits.get(1);
        this.errors = errors;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return cost.createStateAsync(parameters); // the only one with a state
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        cost.beginValidation(parameters, state);
        return super.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        errors.beginExecution(parameters, state);
        return super.beginExecution(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        strictVariables.beginExecuteOperation(parameters, state);
        ExecutionContext context = parameters.getExecutionContext();
        boolean constant = context.getOperationDefinition().getVariableDefinitions().isEmpty();
        String operation = String.valueOf(context.getExecutionInput().getOperationName());
        List<String> passed = constant ? withinLimits.getIfPresent(context.getDocument()) : null;
        if (passed == null || !passed.contains(operation)) {
            depth.beginExecuteOperation(parameters, state);
            cost.beginExecuteOperation(parameters, state);
            if (constant) {
                withinLimits.asMap().merge(context.getDocument(), List.of(operation),
                        (known, added) -> known.contains(operation) ? known
                                : java.util.stream.Stream.concat(known.stream(), added.stream()).toList());
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return errors.instrumentExecutionResult(result, parameters, state);
    }

}
