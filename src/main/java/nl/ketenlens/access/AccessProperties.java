package nl.ketenlens.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Confidentiality settings.
 *
 * @param k smallest number of companies a count or a selection shown to a non-admin may have (default 3, at
 *          least 2: a count of one would name a company's link)
 */
@ConfigurationProperties("ketenlens.access")
public record AccessProperties(@DefaultValue("3") int k) {

    public AccessProperties {
        if (k < AggregatePolicy.MIN_K) {
            throw new IllegalArgumentException("ketenlens.access.k must be >= " + AggregatePolicy.MIN_K + ", was " + k);
        }
    }
}
