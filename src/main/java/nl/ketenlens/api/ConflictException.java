package nl.ketenlens.api;

/** The request is valid but collides with work in progress (e.g. another import is writing): 409 on REST. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
