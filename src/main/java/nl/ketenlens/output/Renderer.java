package nl.ketenlens.output;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one value in one {@link Format} to a stream it does not close (the caller owns the stream: stdout, a
 * file, an HTTP response). One renderer per format and result type; commands and controllers pick them.
 *
 * @param <T> the result type rendered
 */
@FunctionalInterface
public interface Renderer<T> {

    void render(T value, OutputStream out) throws IOException;
}
