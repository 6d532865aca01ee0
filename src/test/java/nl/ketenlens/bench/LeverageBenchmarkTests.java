package nl.ketenlens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LeverageBenchmarkTests {

    @Test
    void smallRunTimesEveryMetricWithItsPeakHeap() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        double total = new LeverageBenchmark(new PrintStream(out, true, StandardCharsets.UTF_8)).run(2000, 100, 4, 3);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(total).isPositive();
        assertThat(printed).contains("0 condensation (SCC)", "1 collective reach", "2 risk-flow betweenness",
                "3 chokepoints", "5 engagement plan k=10", "6 working groups", "metrics 1-5 total", "peak heap");
    }
}
