package nl.ketenlens.output;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * A {@link Renderer} over a method that prints to a {@link PrintWriter}: writes UTF-8 to the stream, flushes and
 * leaves the stream open.
 *
 * @param <T> the result type rendered
 */
public final class PrintRenderer<T> implements Renderer<T> {

    private final BiConsumer<? super T, PrintWriter> printer;

    public PrintRenderer(BiConsumer<? super T, PrintWriter> printer) {
        this.printer = printer;
    }

    @Override
    public void render(T value, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        printer.accept(value, writer);
        writer.flush();
    }
}
