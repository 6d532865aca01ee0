package nl.ketenlens.briefing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import nl.ketenlens.output.Renderer;

/** The briefing record itself as JSON (the Spring ObjectMapper); {@code --since} reads it back with {@link #read}. */
public final class JsonBriefingRenderer implements Renderer<Briefing> {

    private final ObjectMapper mapper;

    public JsonBriefingRenderer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void render(Briefing briefing, OutputStream out) throws IOException {
        mapper.writerWithDefaultPrettyPrinter().without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, briefing);
        out.flush();
    }

    public Briefing read(InputStream in) throws IOException {
        return mapper.readValue(in, Briefing.class);
    }
}
