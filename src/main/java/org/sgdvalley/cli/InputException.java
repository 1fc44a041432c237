package org.sgdvalley.cli;

/**
 * Invalid input from the user (an option value, the output folder): exit code 2 with its message
 * on one line.
 */
final class InputException extends RuntimeException {
    InputException(String message) {
        super(message);
    }
}
