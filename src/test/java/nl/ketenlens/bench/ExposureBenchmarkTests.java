package nl.ketenlens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ExposureBenchmarkTests {

    @Test
    void nearestRankPercentiles() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(ExposureBenchmark.percentile(sorted, 0.50)).isEqualTo(5);
        assertThat(ExposureBenchmark.percentile(sorted, 0.95)).isEqualTo(10);
        assertThat(ExposureBenchmark.percentile(new double[] {7}, 0.95)).isEqualTo(7);
    }

    @Test
    void smallRunTimesEveryCompanyOfTheSyntheticNetwork() {
        StringWriter log = new StringWriter();
        ExposureBenchmark.Result r = ExposureBenchmark.run(1500, 7, 6, new PrintWriter(log));

        assertThat(r.companies()).isGreaterThanOrEqualTo(100);   // 100 companies plus their financiers
        assertThat(r.vertices()).isGreaterThan(1500);
        assertThat(r.p50()).isLessThanOrEqualTo(r.p95()).isLessThanOrEqualTo(r.max());
        assertThat(r.maxReached()).isPositive();
        StringWriter out = new StringWriter();
        ExposureBenchmark.print(r, new PrintWriter(out));
        assertThat(out.toString()).contains("p95").contains("Goal p95 <= 200 ms");
    }
}
