package org.allianceledger.query.admin;

import org.allianceledger.query.Projections;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ProjectionsConfiguration {

    /**
     * Every batch of the projections writes into the copy of the read models it is building: set once per
     * transaction, before the first handler runs. (Outside it, the same names are the views queries read.)
     */
    @Autowired
    void writeIntoTheCopyBeingBuilt(EventProcessingConfigurer processing, ReadModelSchemas schemas) {
        MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
            unitOfWork.root().getOrComputeResource("read-model-schema", key -> {
                schemas.writeTo(schemas.writing());
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
        processing.registerHandlerInterceptor(Projections.GROUP, configuration -> interceptor);
    }
}
