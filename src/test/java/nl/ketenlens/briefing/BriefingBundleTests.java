package nl.ketenlens.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BriefingBundleTests {

    private static final ResourceBundle NL = BriefingText.bundle("nl");
    private static final ResourceBundle EN = BriefingText.bundle("en");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> onlyNl = new HashSet<>(NL.keySet());
        onlyNl.removeAll(EN.keySet());
        Set<String> onlyEn = new HashSet<>(EN.keySet());
        onlyEn.removeAll(NL.keySet());
        assertThat(onlyNl).as("keys missing in messages_en").isEmpty();
        assertThat(onlyEn).as("keys missing in messages_nl").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInBothBundles() throws IOException {
        Pattern literal = Pattern.compile("\"((?:doc|cover|toc|count|section|context|status|issues|chains|leverage|steps?"
                + "|changes|methods|gaps|dimension)\\.[A-Za-z.]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/nl/ketenlens/briefing"))) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(80);
        used.forEach(k -> {
            assertThat(NL.containsKey(k)).as("messages_nl: " + k).isTrue();
            assertThat(EN.containsKey(k)).as("messages_en: " + k).isTrue();
        });
    }

    @Test
    void everyThemeAndCommodityOfTheReferenceDataHasADisplayNameInBothLanguages() throws IOException {
        for (String file : new String[] {"themes.csv", "commodities.csv"}) {
            String prefix = file.startsWith("themes") ? "theme." : "commodity.";
            Files.readAllLines(Path.of("seed-data/reference", file)).stream().skip(1)
                    .map(l -> l.substring(0, l.indexOf(','))).forEach(code -> {
                        assertThat(NL.containsKey(prefix + code)).as("nl " + prefix + code).isTrue();
                        assertThat(EN.containsKey(prefix + code)).as("en " + prefix + code).isTrue();
                    });
        }
    }

    @Test
    void dutchProseIsTranslatedNotCopied() {
        long same = NL.keySet().stream().filter(k -> !k.startsWith("commodity.") && !k.startsWith("type."))
                .filter(k -> NL.getString(k).equals(EN.getString(k))).count();
        assertThat(same).isLessThan(12); // a few are the same in both ("#", "URL", "Hotspot", "Context" …)
    }
}
