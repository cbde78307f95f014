package app.khabar.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;

/**
 * Variables of the built-in scalar types are coerced as the GraphQL specification's CoerceVariableValues() does for
 * JSON input: an {@code Int} must be a JSON integer, a {@code String} a JSON string... SmallRye's own scalars are
 * lenient (they accept {@code "many"} for an {@code Int} and fail later, in the resolver, with a field error);
 * here a value that does not coerce stops the request before execution, so it has no {@code data} and, under
 * {@code application/graphql-response+json}, HTTP 400.
 */
final class StrictVariables extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        Map<String, Object> raw = context.getExecutionInput().getRawVariables().toMap();
        for (VariableDefinition definition : context.getOperationDefinition().getVariableDefinitions()) {
            if (raw.containsKey(definition.getName())) {
                Object value = raw.get(definition.getName());
                if (!coerces(definition.getType(), value)) {
                    throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                            .message("Variable '$" + definition.getName() + "' has an invalid value: "
                                    + describe(value) + " is not a " + print(definition.getType()) + ".")
                            .extensions(Map.of("code", "BAD_USER_INPUT")).build()));
                }
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static boolean coerces(Type<?> type, Object value) {
        if (value == null) {
            return true; // a null for a non-null type is reported by the engine itself
        }
        if (type instanceof NonNullType nonNull) {
            return coerces(nonNull.getType(), value);
        }
        if (type instanceof ListType list) {
            if (value instanceof List<?> items) {
                return items.stream().allMatch(item -> coerces(list.getType(), item));
            }
            return coerces(list.getType(), value); // a single value is a list of one
        }
        String name = ((TypeName) type).getName();
        return switch (name) {
            case "Int" -> isInt(value);
            case "Float" -> value instanceof Number;
            case "String" -> value instanceof String;
            case "Boolean" -> value instanceof Boolean;
            case "ID" -> value instanceof String || isInt(value);
            default -> true; // enums and input objects are checked by the engine
        };
    }

    private static boolean isInt(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof Long l) {
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE;
        }
        if (value instanceof BigInteger b) {
            return b.bitLength() < 32;
        }
        if (value instanceof BigDecimal d) {
            try {
                d.intValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE;
        }
        return false;
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String print(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return print(nonNull.getType()) + "!";
        }
        if (type instanceof ListType list) {
            return "[" + print(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }
}
