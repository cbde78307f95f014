package app.khabar.api;

import io.smallrye.graphql.api.ErrorCode;

/** The client sent an argument the API cannot use; the message says which and why. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException {

    public BadUserInputException(String message) {
        super(message);
    }
}
