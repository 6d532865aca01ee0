package nl.ketenlens.export;

import java.io.OutputStream;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.exposure.ChainService;
import nl.ketenlens.exposure.ChainView;
import org.springframework.stereotype.Service;

/**
 * Exports of a company's own chain, under the chain's access rule (the admin and the company itself; anyone else
 * gets the 404 of an unknown company). The aggregate sector graph is not exported yet.
 */
@Service
public class ExportService {

    private final ChainService chains;

    ExportService(ChainService chains) {
        this.chains = chains;
    }

    /** A prepared export: the chain is read (and access checked) before anything is written. */
    public record Export(String fileName, GraphFormat format, ChainView chain) {

        public void writeTo(OutputStream out) {
            GraphExporter.write(chain, format, out);
        }
    }

    public Export company(Viewer viewer, String companyId, String format, Integer depth) {
        GraphFormat f = GraphFormat.parse(format);
        ChainView chain = chains.chain(viewer, companyId, depth);
        return new Export("ketenlens-" + companyId.replaceAll("[^A-Za-z0-9_-]", "_") + "." + f.extension, f, chain);
    }
}
