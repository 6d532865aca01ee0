package nl.ketenlens.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy bean, built from {@link AccessProperties}. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AggregatePolicy aggregatePolicy(AccessProperties properties) {
        return new AggregatePolicy(properties.k());
    }
}
