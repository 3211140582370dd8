# Build with the Maven wrapper; the committed frontend bundle means no Node.js is needed here.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY src src
COPY frontend frontend
RUN ./mvnw -B package -DskipTests

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app redlines \
    && mkdir -p /data \
    && chown redlines /data
WORKDIR /app
COPY --from=build /src/target/redlines-*.jar /app/redlines.jar
USER redlines
ENV SPRING_DATASOURCE_URL=jdbc:h2:file:/data/redlines
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/redlines.jar"]
