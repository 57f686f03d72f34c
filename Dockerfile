# Build: a production bundle from Vaadin's prebuilt frontend (no npm registry needed for stock components).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
RUN mvn -B dependency:go-offline -Pproduction || true
COPY src src
COPY frontend frontend
RUN mvn -B -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app verdict && mkdir -p /data && chown verdict /data
USER verdict
WORKDIR /app
COPY --from=build /src/target/verdict-*.jar /app/verdict.jar
ENV VERDICT_DATA_DIR=/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=40s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/verdict.jar"]
