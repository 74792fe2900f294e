package org.allianceledger.command.alliance;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import javax.sql.DataSource;

/**
 * A command begins its transaction before Axon takes the alliance's lock (in the repository's load), so with the
 * pool's connections handed out at the start of a transaction, every command queued for a busy alliance would hold a
 * connection while it waits. Behind Spring's LazyConnectionDataSourceProxy the transaction takes its connection with
 * its first statement instead, which comes after the lock: waiting commands hold none, and the pool serves one lock
 * holder per alliance however many commands queue behind it.
 */
@Configuration(proxyBeanMethods = false)
public class LazyConnectionConfiguration {

    @Bean
    static BeanPostProcessor lazyConnections() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // the pool itself is still closed on shutdown: Spring destroys the bean it created, not this wrapper
                return bean instanceof DataSource pool && !(bean instanceof LazyConnectionDataSourceProxy)
                        ? new LazyConnectionDataSourceProxy(pool)
                        : bean;
            }
        };
    }
}
