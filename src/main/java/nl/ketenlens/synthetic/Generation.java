package nl.ketenlens.synthetic;

import java.util.BitSet;
import java.util.List;

import nl.ketenlens.graph.CompanyRow;
import nl.ketenlens.graph.FacilityRow;
import nl.ketenlens.graph.LinkRow;
import nl.ketenlens.graph.NetworkSink;

/**
 * One generation run: streams companies, facilities and links for a {@link Layout} into a sink. Every
 * random choice comes from a stream keyed by (seed, purpose, entity index), so a run holds no per-row
 * state beyond one bit per facility (whether it already has a buyer).
 */
final class Generation {
    static final int COMPANY = 1;
    static final int FACILITY = 2;
    static final int COMPANY_LINKS = 3;
    static final int FACILITY_LINKS = 4;
    static final int ORPHAN = 5;
    static final int FINANCING = 6;
    static final int INSTITUTION = 8;
    private static final int ADOPTION_ATTEMPTS = 32;
    private static final String[] KINDS = {"bank", "pension_fund", "insurer"};
    private static final String[] KIND_COVENANTS = {"banking", "pension_funds", "insurance"};

    private final Layout layout;
    private final long seed;
    private final NetworkSink sink;

    Generation(Layout layout, long seed, NetworkSink sink) {
        this.layout = layout;
        this.seed = seed;
        this.sink = sink;
    }

    void run() {
        companies();
        institutions();
        facilities();
        links();
        new Financing(layout, seed, sink).run();
    }

    /** Whether company {@code c} is large: the first draw of its own stream, so links can redraw it. */
    static boolean large(Layout layout, long seed, int c) {
        return Rng.of(seed, COMPANY, c).chance(layout.catalogue.profiles().get(layout.profileOf(c)).large());
    }

    private void companies() {
        List<Profile> profiles = layout.catalogue.profiles();
        for (int c = 0; c < layout.companies; c++) {
            int p = layout.profileOf(c);
            Profile profile = profiles.get(p);
            Rng rng = Rng.of(seed, COMPANY, c);
            boolean large = rng.chance(profile.large());
            boolean member = rng.chance(profile.membership());
            String name = Names.company(profile, c - layout.profileStart[p], seed);
            sink.company(new CompanyRow(Ids.company(c), name, profile.sector(), large ? "large" : "sme", null,
                member ? profile.covenants() : List.of(), "company", true));
        }
    }

    private void institutions() {
        for (int i = 0; i < layout.institutions; i++) {
            int kind = i % KINDS.length;
            // the first institution of each kind is always a member, so every financial covenant is represented
            boolean member = i < KINDS.length || Rng.of(seed, INSTITUTION, i).chance(0.9);
            sink.company(new CompanyRow(Ids.institution(i), Names.institution(KINDS[kind], i / KINDS.length),
                "financial", "large", null, member ? List.of(KIND_COVENANTS[kind]) : List.of(), KINDS[kind], true));
        }
    }

    private void facilities() {
        int cids = 0;
        for (Pool pool : layout.pools) {
            for (int local = 0; local < pool.size; local++) {
                int global = pool.offset + local;
                Place place = pool.place(pool.segment(local));
                List<String> regions = place.regions();
                String region = regions.isEmpty() ? null
                    : regions.get(Rng.of(seed, FACILITY, global).nextInt(regions.size()));
                String cid = pool.role.cid() ? Ids.cid(cids++) : null;
                sink.facility(new FacilityRow(Ids.facility(global), Names.facility(pool, local, seed),
                    pool.role.type(), place.country(), region, pool.role.commodities(), null, cid, true));
            }
        }
    }

    private void links() {
        Wiring wiring = new Wiring(layout, sink);
        List<Profile> profiles = layout.catalogue.profiles();
        for (int c = 0; c < layout.companies; c++) {
            Profile profile = profiles.get(layout.profileOf(c));
            int multiplier = large(layout, seed, c) ? Catalogue.LARGE_FACTOR : 1;
            wiring.wire(Ids.company(c), null, profile.inputs(), multiplier, Rng.of(seed, COMPANY_LINKS, c));
        }
        for (Pool pool : layout.pools) {
            for (int local = 0; local < pool.size; local++) {
                if (!pool.role.leaf() && !pool.blind(seed, local)) {
                    int global = pool.offset + local;
                    String country = pool.place(pool.segment(local)).country();
                    wiring.wire(Ids.facility(global), country, pool.role.inputs(), 1, Rng.of(seed, FACILITY_LINKS, global));
                }
            }
        }
        adoptOrphans(wiring.hasBuyer());
    }

    /**
     * Gives every facility that no buyer picked one buyer (share unknown), chosen among the buyer kinds
     * that use its role in proportion to their expected picks, so no facility floats unconnected.
     */
    private void adoptOrphans(BitSet hasBuyer) {
        for (Pool pool : layout.pools) {
            List<Layout.Source> sources = layout.sources.get(pool.roleIndex);
            double total = sources.stream().mapToDouble(Layout.Source::weight).sum();
            for (int local = 0; local < pool.size; local++) {
                int global = pool.offset + local;
                if (!hasBuyer.get(global) && total > 0) {
                    Rng rng = Rng.of(seed, ORPHAN, global);
                    String country = pool.place(pool.segment(local)).country();
                    for (int attempt = 0; attempt < ADOPTION_ATTEMPTS; attempt++) {
                        Layout.Source source = choose(sources, total, rng);
                        // a small home segment may hold only blind buyers: after a few tries, look abroad
                        // and in the last try accept a buyer drawn as blind (it then is not blind after all)
                        boolean last = attempt == ADOPTION_ATTEMPTS - 1;
                        String buyer = buyer(source, attempt < 4 ? country : null, last, rng);
                        if (buyer != null) {
                            sink.link(new LinkRow(buyer, Ids.facility(global), source.input().commodity(), null, true));
                            break;
                        }
                    }
                }
            }
        }
    }

    private static Layout.Source choose(List<Layout.Source> sources, double total, Rng rng) {
        double x = rng.nextDouble() * total;
        for (Layout.Source s : sources) {
            x -= s.weight();
            if (x < 0) {
                return s;
            }
        }
        return sources.get(sources.size() - 1);
    }

    /** A random buyer of the source's kind (preferring {@code country}, if given), or null if it cannot buy. */
    private String buyer(Layout.Source source, String country, boolean evenBlind, Rng rng) {
        if (source.company()) {
            int p = source.profile();
            int n = layout.profileCount[p];
            return n == 0 ? null : Ids.company(layout.profileStart[p] + rng.nextInt(n));
        }
        Pool pool = layout.pools[source.role()];
        if (pool.size == 0) {
            return null;
        }
        int segment = rng.chance(source.input().domestic()) ? pool.segmentIn(country) : -1;
        int local = segment < 0 ? rng.nextInt(pool.size) : pool.segmentStart(segment) + rng.nextInt(pool.segmentSize(segment));
        return !evenBlind && pool.blind(seed, local) ? null : Ids.facility(pool.offset + local);
    }
}
