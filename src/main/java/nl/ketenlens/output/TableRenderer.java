package nl.ketenlens.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * Renders a value through its {@link Table} view: {@link Format#TABLE} as aligned text, {@link Format#CSV} as
 * RFC 4180 CSV (header and rows; title and notes are for people only).
 *
 * @param <T> the result type rendered
 */
public final class TableRenderer<T> implements Renderer<T> {

    private final Renderer<T> delegate;

    private TableRenderer(Renderer<T> delegate) {
        this.delegate = delegate;
    }

    /** A renderer for {@code format}, which must be {@link Format#TABLE} or {@link Format#CSV}. */
    public static <T> TableRenderer<T> of(Format format, Function<? super T, Table> view) {
        return switch (format) {
            case TABLE -> new TableRenderer<>(new PrintRenderer<T>((value, out) -> view.apply(value).printText(out)));
            case CSV -> new TableRenderer<>(new PrintRenderer<T>((value, out) -> view.apply(value).printCsv(out)));
            default -> throw new IllegalArgumentException("a table renders as table or csv, not " + format);
        };
    }

    @Override
    public void render(T value, OutputStream out) throws IOException {
        delegate.render(value, out);
    }
}
