package nl.ketenlens.synthetic;

import java.util.List;
import java.util.Set;

/**
 * Fictional names. Each name is a mixed-radix decoding of a (permuted) index, so names are unique within
 * their group by construction: facilities per role and country, companies per profile, institutions per
 * kind. Roles have distinct labels and profiles distinct trade words, which makes names unique overall.
 */
final class Names {
    private static final String[] SURNAMES = ("Van Dalen|De Vries|Jansen|Bakker|Visser|Smit|Meijer|De Boer|Mulder|"
        + "De Groot|Bos|Vos|Peters|Hendriks|Dekker|Brouwer|De Wit|Dijkstra|De Graaf|Van der Meer|Kok|Jacobs|De Haan|"
        + "Vermeulen|Van den Berg|Schouten|Van Beek|Willems|Van Vliet|Hoekstra|Maas|Verhoeven|Koster|Van Dam|"
        + "Van der Wal|Prins|Blom|Huisman|Kuipers|Veenstra|Kramer|Van den Brink|Scholten|Post|Martens|Vink|"
        + "De Ruiter|Timmermans|Groen|Gerritsen|Jonker|Van Loon|Boersma|Van Wijk|Hermans|Wijnen|Terpstra|Zwart").split("\\|");
    private static final String[] FORMS = {"B.V.", "Groep B.V.", "Nederland B.V.", "Holding B.V."};
    private static final String[] FI_WORDS = {"Lindeboom", "Klaproos", "Waddenkust", "Heuvelrand", "Zilvermeeuw",
        "Korenbloem", "Duinroos", "Ooievaar", "Kievit", "Reigersbos", "Berkenhof", "Eikenlaan", "Populier",
        "Esdoorn", "Vlasbloem", "Grutto", "Lepelaar", "Brem", "Zeekraal", "Hazelaar"};
    private static final String[] FI_AREAS = {"", " Noord", " Zuid", " Oost", " West", " Midden"};
    private static final Set<String> REGISTERED = Set.of("factory", "mill", "smelter", "refinery", "trader",
        "processor", "manufacturer");

    private Names() {
    }

    /** Name of facility {@code local} of {@code pool}, in the country of its segment. */
    static String facility(Pool pool, int local, long seed) {
        int segment = pool.segment(local);
        String country = pool.place(segment).country();
        String[] stems = LocalNames.stems(country);
        List<String> labels = pool.role.labels();
        int a = stems.length;
        int space = a * (a - 1) * labels.size();
        int j = local - pool.segmentStart(segment);
        int p = Pool.permute(j % space, space, Rng.key(seed, 200, pool.roleIndex) >>> 1);
        int first = p % a;
        p /= a;
        int second = p % (a - 1);
        p /= a - 1;
        if (second >= first) {
            second++;
        }
        StringBuilder name = new StringBuilder(64).append(stems[first]).append(' ').append(stems[second])
            .append(' ').append(labels.get(p));
        if (j >= space) {
            name.append(" No. ").append(j / space + 1);
        }
        if (REGISTERED.contains(pool.role.type())) {
            name.append(LocalNames.legalSuffix(country));
        }
        return name.toString();
    }

    /**
     * Name of the {@code local}-th company of {@code profile}: first all single-surname names
     * (surname, trade word, legal form), then "surname &amp; surname" names, then numbered rounds.
     */
    static String company(Profile profile, int local, long seed) {
        long salt = Rng.key(seed, 201, profile.key().hashCode()) >>> 1;
        List<String> words = profile.words();
        int s = SURNAMES.length;
        int tail = words.size() * FORMS.length;
        int singles = s * tail;
        String stem;
        int p;
        if (local < singles) {
            p = Pool.permute(local, singles, salt);
            stem = SURNAMES[p % s];
            p /= s;
        } else {
            int pairs = singles * (s - 1);
            int j = local - singles;
            p = Pool.permute(j % pairs, pairs, salt);
            int a = p % s;
            p /= s;
            int b = p % (s - 1);
            p /= s - 1;
            stem = SURNAMES[a] + " & " + SURNAMES[b >= a ? b + 1 : b] + (j >= pairs ? " " + (j / pairs + 1) : "");
        }
        return stem + " " + words.get(p % words.size()) + " " + FORMS[p / words.size()];
    }

    /** Name of the {@code k}-th institution of a kind (bank, insurer, pension_fund). */
    static String institution(String kind, int k) {
        String word = FI_WORDS[k % FI_WORDS.length];
        int rest = k / FI_WORDS.length;
        String area = FI_AREAS[rest % FI_AREAS.length];
        int round = rest / FI_AREAS.length;
        String base = word + area + (round > 0 ? " " + (round + 1) : "");
        return switch (kind) {
            case "bank" -> base + " Bank N.V.";
            case "insurer" -> base + " Verzekeringen N.V.";
            default -> "Stichting Pensioenfonds " + base;
        };
    }
}
