# One image per service: docker-compose.yml builds it twice, with SERVICE=command-service PORT=8081 and with
# SERVICE=query-service PORT=8082. Multi-stage: the Maven wrapper builds the jar in a JDK image; the runtime
# image has only a JRE, the jar and curl for the health check.
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

FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}.jar app.jar
ENV PORT=${PORT}
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s CMD curl -fs http://127.0.0.1:${PORT}/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
