package nl.ketenlens.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a value as JSON with the application's {@link ObjectMapper} (the one the REST API uses, so a command's
 * JSON is the object its endpoint returns), followed by a line separator. Leaves the stream open.
 *
 * @param <T> the result type rendered
 */
public final class JsonRenderer<T> implements Renderer<T> {

    private final ObjectWriter writer;

    private JsonRenderer(ObjectWriter writer) {
        this.writer = writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** Indented, for people reading a terminal. */
    public static <T> JsonRenderer<T> pretty(ObjectMapper mapper) {
        return new JsonRenderer<>(mapper.writer().with(SerializationFeature.INDENT_OUTPUT));
    }

    /** One line, for scripts. */
    public static <T> JsonRenderer<T> compact(ObjectMapper mapper) {
        return new JsonRenderer<>(mapper.writer().without(SerializationFeature.INDENT_OUTPUT));
    }

    @Override
    public void render(T value, OutputStream out) throws IOException {
        writer.writeValue(out, value);
        out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
