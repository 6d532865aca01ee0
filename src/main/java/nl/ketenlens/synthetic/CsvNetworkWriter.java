package nl.ketenlens.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.FinancingRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.NetworkSink;
import nl.ketenlens.graph.SupplyNetwork;

/**
 * Writes a network as four CSV files in one directory, row by row (nothing is held in memory):
 * {@code companies.csv}, {@code facilities.csv}, {@code links.csv}, {@code financing.csv}. UTF-8, comma
 * delimiter, a header row, fields quoted per RFC 4180 only when they hold a comma, quote or line break,
 * lines ended by LF; lists are joined with {@code |}; null is an empty field. See docs/synthetic-network.md.
 */
public final class CsvNetworkWriter implements NetworkSink, AutoCloseable {
    public static final String COMPANIES = "companies.csv";
    public static final String FACILITIES = "facilities.csv";
    public static final String LINKS = "links.csv";
    public static final String FINANCING = "financing.csv";
    public static final String COMPANY_HEADER = "company_id,name,sector,size,kvk,covenants,kind,synthetic";
    public static final String FACILITY_HEADER = "facility_id,name,type,country,region,commodities,os_id,rmi_cid,synthetic";
    public static final String LINK_HEADER = "buyer_id,supplier_id,commodity,share,synthetic";
    public static final String FINANCING_HEADER = "institution_id,company_id,synthetic";

    private final Writer companies;
    private final Writer facilities;
    private final Writer links;
    private final Writer financing;

    /** Creates {@code dir} if needed and opens the four files (overwriting them). */
    public CsvNetworkWriter(Path dir) throws IOException {
        Files.createDirectories(dir);
        companies = open(dir.resolve(COMPANIES), COMPANY_HEADER);
        facilities = open(dir.resolve(FACILITIES), FACILITY_HEADER);
        links = open(dir.resolve(LINKS), LINK_HEADER);
        financing = open(dir.resolve(FINANCING), FINANCING_HEADER);
    }

    /** Writes a whole in-memory network to {@code dir}. */
    public static void write(SupplyNetwork network, Path dir) throws IOException {
        try (CsvNetworkWriter writer = new CsvNetworkWriter(dir)) {
            network.companies().forEach(writer::company);
            network.facilities().forEach(writer::facility);
            network.links().forEach(writer::link);
            network.financing().forEach(writer::financing);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Writer open(Path file, String header) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        w.write(header);
        w.write('\n');
        return w;
    }

    @Override
    public void company(CompanyRow c) {
        row(companies, c.id(), c.name(), c.sector(), c.size(), c.kvk(), join(c.covenants()), c.kind(),
                Boolean.toString(c.synthetic()));
    }

    @Override
    public void facility(FacilityRow f) {
        row(facilities, f.id(), f.name(), f.type(), f.country(), f.region(), join(f.commodities()), f.osId(), f.rmiCid(),
                Boolean.toString(f.synthetic()));
    }

    @Override
    public void link(LinkRow l) {
        row(links, l.buyerId(), l.supplierId(), l.commodity(), l.share() == null ? null : l.share().toString(),
            Boolean.toString(l.synthetic()));
    }

    @Override
    public void financing(FinancingRow f) {
        row(financing, f.institutionId(), f.companyId(), Boolean.toString(f.synthetic()));
    }

    private static String join(List<String> values) {
        return String.join("|", values);
    }

    private static void row(Writer out, String... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(fields[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes; null is empty. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return '"' + field.replace("\"", "\"\"") + '"';
            }
        }
        return field;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Writer w : new Writer[] {companies, facilities, links, financing}) {
            try {
                w.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
