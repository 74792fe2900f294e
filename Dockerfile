# One image per service: docker-compose.yml builds it twice, with SERVICE=command-service PORT=8081 and with
# SERVICE=query-service PORT=8082. Multi-stage: the Maven wrapper builds the jar in a JDK image; the runtime
# image has only a JRE, the extracted jar with its class-data sharing archive, the JVM options of jvm.options and
# curl for the health check.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY shared-events shared-events
COPY platform platform
COPY command-service command-service
COPY query-service query-service
COPY launcher/pom.xml launcher/pom.xml
COPY system-tests/pom.xml system-tests/pom.xml
RUN ./mvnw -q -B -ntp -DskipTests -pl ${SERVICE} -am package
# extracted, the classes load from plain jars, which class-data sharing needs (ServiceJvm does the same for ./run)
RUN java -Djarmode=tools -jar ${SERVICE}/target/${SERVICE}.jar extract --destination /app --application-filename app.jar

FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app /app
COPY jvm.options /app/jvm.options
# the class-data sharing archive, from a training run that stops once the context is refreshed; the image build
# has no database, so the run uses the cds-training profile, which connects to none
RUN java @/app/jvm.options -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh \
         -jar /app/app.jar --spring.profiles.active=cds-training
ENV PORT=${PORT}
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s CMD curl -fs http://127.0.0.1:${PORT}/actuator/health || exit 1
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
